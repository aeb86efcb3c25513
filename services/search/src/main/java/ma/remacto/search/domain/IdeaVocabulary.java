package ma.remacto.search.domain;

import java.util.List;

/** The idea states and sources a search may filter on (ideation's contract, remacto.events.v1.IdeaCard). */
public final class IdeaVocabulary {

    public static final List<String> STATES = List.of("RECEIVED", "IN_PROCESSING", "WITH_COMMITTEE", "RETAINED",
            "MERGED", "NOT_RETAINED", "WITHDRAWN");
    public static final List<String> SOURCES = List.of("DIGITAL", "LIVE_WORKSHOP", "CONSULTATIVE_BODY", "PETITION",
            "CONSULTATION");

    private IdeaVocabulary() {
    }
}
