package ma.remacto.search.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.google.protobuf.Timestamp;

import ma.remacto.events.v1.LocalizedText;

/** How the cards' fields become a document's: proto3 leaves absent text as "", documents leave it out (null). */
final class CardTexts {

    private CardTexts() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static Instant instant(boolean present, Timestamp timestamp) {
        return present ? Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos()) : null;
    }

    /** Lines of text as one field, one per line, blank ones left out; null when nothing is left. */
    static String lines(List<String> lines) {
        String joined = lines.stream().filter(line -> line != null && !line.isBlank()).map(String::strip)
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    /** A bilingual text, or null when both languages are empty. */
    static ma.remacto.search.domain.LocalizedText localized(boolean present, LocalizedText text) {
        if (!present) {
            return null;
        }
        ma.remacto.search.domain.LocalizedText local =
                new ma.remacto.search.domain.LocalizedText(blankToNull(text.getAr()), blankToNull(text.getFr()));
        return local.isEmpty() ? null : local;
    }

    /**
     * When an aggregate was created, from its id: the platform's ids are UUIDv7 ({@code Ids.newId()}), whose first
     * 48 bits are that instant in milliseconds. The same for every event of the aggregate, so a rebuild from a
     * compacted topic (only the latest event left) gives the same answer. Null for an id that is not a UUIDv7.
     */
    static Instant createdAt(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.version() == 7 ? Instant.ofEpochMilli(uuid.getMostSignificantBits() >>> 16) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
