package ma.remacto.platform.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import ma.remacto.platform.security.Actor;

import org.bson.Document;

/**
 * One recorded state change of an aggregate: who (token subject and roles), when, what happened,
 * from which state to which, the fields touched and why. Stored in the aggregate's {@code history}
 * by the same write as the change itself.
 */
public final class History {

    private History() {
    }

    public static Document entry(Instant at, Actor actor, String action, Object from, Object to, List<String> fields,
            String reason) {
        Document entry = new Document("at", Date.from(at))
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

    /** The entry as JSON-friendly values (dates as ISO instants) for history endpoints. */
    public static java.util.Map<String, Object> view(Document entry) {
        Document copy = new Document(entry);
        if (copy.get("at") instanceof Date date) {
            copy.put("at", date.toInstant().toString());
        }
        return copy;
    }
}
