package ma.remacto.platform.events;

import java.time.Duration;
import java.util.List;

/**
 * The catalogue of topics, shared so that whichever service starts first creates a topic with the
 * right settings. docs/events.md documents each one (key, event types, producers, consumers).
 */
public final class Topics {

    /** Member directory: full member card in every event, compacted (retention ignored), key = member slug. */
    public static final Topic MEMBERS = new Topic("remacto.members.v1", 3, true, Duration.ZERO);

    /**
     * Ideation: ideas (key = idea id) and programme axes (key = axis id), each event with the full public
     * card; compacted, so replaying the topic rebuilds any read model (the search index) from scratch.
     */
    public static final Topic IDEATION = new Topic("remacto.ideation.v1", 6, true, Duration.ZERO);

    /**
     * Projects: action plans (key = plan id) and openness projects / OGP commitments (key = project id), each
     * event with the full card; compacted like ideation.
     */
    public static final Topic PROJECTS = new Topic("remacto.projects.v1", 3, true, Duration.ZERO);

    /**
     * Consultations: meetings, co-preparation calendars, public consultations, contributions (each its own key, so
     * compaction keeps every one) and satisfaction surveys, each event with the full public card; compacted.
     */
    public static final Topic CONSULTATIONS = new Topic("remacto.consultations.v1", 3, true, Duration.ZERO);

    /** Petitions: key = petition id, each event with the full public card (counts, never signatories); compacted. */
    public static final Topic PETITIONS = new Topic("remacto.petitions.v1", 3, true, Duration.ZERO);

    public static final List<Topic> ALL = List.of(MEMBERS, IDEATION, PROJECTS, CONSULTATIONS, PETITIONS);

    private Topics() {
    }

    public static Topic named(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown topic " + name));
    }
}
