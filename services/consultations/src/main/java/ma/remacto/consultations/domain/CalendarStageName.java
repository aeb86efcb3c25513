package ma.remacto.consultations.domain;

/** The stages of a programme's co-preparation (برنامج الإعداد المشترك), in their order. */
public enum CalendarStageName {
    INFORMATION_MEETING,
    TRAINING,
    AXES_CHOICE,
    IDEA_COLLECTION,
    DRAFT_CONSULTATION,
    ADOPTION
}
