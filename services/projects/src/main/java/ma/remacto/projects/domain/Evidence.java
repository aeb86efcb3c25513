package ma.remacto.projects.domain;

/** Proof that an activity happened: minutes, photos, a published page. */
public record Evidence(EvidenceKind kind, String title, String url, String fileName, String mediaType, Long sizeBytes) {
}
