package ma.remacto.ideation.persistence;

import java.time.Instant;

import ma.remacto.ideation.domain.IdeaSource;
import ma.remacto.ideation.domain.IdeaState;

/** The public filters of the idea list; null means "any". */
public record IdeaQuery(String memberSlug, String regionSlug, String axisId, IdeaState state, IdeaSource source,
        Instant from, Instant to, Sort sort) {

    public enum Sort { NEWEST, OLDEST, MOST_SUPPORTED, NUMBER }
}
