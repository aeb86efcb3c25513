package ma.remacto.search.events;

import ma.remacto.platform.events.PoisonEventException;

/** What every card an indexed event carries must have: without them it can never be indexed, so it is a poison. */
final class CardChecks {

    private CardChecks() {
    }

    static void require(String eventType, String what, String id, String memberSlug, long version) {
        if (id.isBlank() || memberSlug.isBlank()) {
            throw new PoisonEventException(eventType + " carries " + what + " without id or member");
        }
        if (version < 1) {
            // The version orders a card's events in the index; without it an older card could win.
            throw new PoisonEventException(eventType + " carries " + what + " without version");
        }
    }
}
