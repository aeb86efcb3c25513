package ma.remacto.consultations.domain;

/** Kinds of meetings and workshops (اللقاء التشاوري / الورشة) a member holds while preparing its programme. */
public enum MeetingKind {
    INFORMATION_MEETING,
    TRAINING_WORKSHOP,
    CO_PREPARATION_WORKSHOP,
    THEMATIC_CONSULTATION,
    TERRITORIAL_CONSULTATION,
    COMMITTEE_MEETING
}
