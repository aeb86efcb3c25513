package ma.remacto.members.domain;

/** Seats of one role on the member's preparation, monitoring and evaluation committee (roles, never names). */
public record CommitteeSeat(String role, LocalizedText roleLabel, int seats) {
}
