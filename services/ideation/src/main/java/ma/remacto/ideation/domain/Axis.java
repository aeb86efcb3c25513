package ma.remacto.ideation.domain;

/** A priority axis (المحور) of a member's openness programme; ideas are filed under one. */
public record Axis(String id, String memberSlug, String programme, String code, int position, LocalizedText title,
        boolean active, long version) {
}
