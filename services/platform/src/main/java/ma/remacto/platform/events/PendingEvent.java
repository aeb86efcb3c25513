package ma.remacto.platform.events;

import java.util.Date;

import org.bson.Document;
import org.bson.types.Binary;

/** An event waiting in its aggregate's document until the relay has it acknowledged by Kafka. */
public record PendingEvent(String eventId, String topic, String key, String type, byte[] envelope, Date createdAt) {

    public Document toDocument() {
        return new Document("eventId", eventId)
                .append("topic", topic)
                .append("key", key)
                .append("type", type)
                .append("envelope", new Binary(envelope))
                .append("createdAt", createdAt);
    }

    public static PendingEvent fromDocument(Document document) {
        return new PendingEvent(document.getString("eventId"), document.getString("topic"), document.getString("key"),
                document.getString("type"), document.get("envelope", Binary.class).getData(),
                document.getDate("createdAt"));
    }
}
