package ma.remacto.projects.domain;

/** An axis (المحور) of the member's programme for the plan's period, as ideation defined it. */
public record PlanAxis(String id, String code, LocalizedText title) {
}
