package ma.remacto.members.application;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import ma.remacto.platform.security.Actor;

import org.bson.Document;

/** One recorded state change: who, when, what happened, from which state to which. */
final class MemberHistory {

    private MemberHistory() {
    }

    static Document entry(Clock clock, Actor actor, String action, Object from, Object to, List<String> fields,
            String reason) {
        Document entry = new Document("at", Date.from(clock.instant()))
                .append("actor", actor.subject())
                .append("actorRoles", actor.roleNames())
                .append("action", action)
                .append("from", from)
                .append("to", to);
        if (fields != null && !fields.isEmpty()) {
            entry.append("fields", fields);
        }
        if (reason != null) {
            entry.append("reason", reason);
        }
        return entry;
    }
}
