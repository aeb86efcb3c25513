package ma.remacto.petitions.domain;

/**
 * One legal deadline, as data: for a member kind, how many months after filing the council must have decided
 * admissibility (a rejection reasoned and notified to the agent), its source and whether it is to confirm.
 */
public record DeadlineRule(String kind, String memberKind, int months, String source, boolean toConfirm) {
}
