package ma.remacto.members.domain;

import java.util.Map;

/**
 * Public counts shown on the member's page, kept from other services' events (see
 * {@link ProfileFact} for what counts). They are not part of the card: no version, no history, no event.
 */
public record ProfileCounts(long ideas, long projects, long axes) {

    public static final ProfileCounts NONE = new ProfileCounts(0, 0, 0);

    /**
     * The member's current programme is the latest one ({@code 2026-2027} after {@code 2024-2025}) that has an
     * active axis; its active axes are the ones shown. A programme whose axes were all retired is over.
     *
     * @param activeAxesByProgramme active axes per programme period ({@code YYYY-YYYY}, so text order is time order)
     */
    public static long currentProgrammeAxes(Map<String, Long> activeAxesByProgramme) {
        return activeAxesByProgramme.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(0L);
    }
}
