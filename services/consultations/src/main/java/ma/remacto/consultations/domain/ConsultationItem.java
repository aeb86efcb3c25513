package ma.remacto.consultations.domain;

/** What the public is asked about: a project of the draft programme, or any named item. */
public record ConsultationItem(String id, LocalizedText title, String projectId, String axisCode) {
}
