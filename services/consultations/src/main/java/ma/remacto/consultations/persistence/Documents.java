package ma.remacto.consultations.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ma.remacto.consultations.domain.LocalizedText;
import ma.remacto.consultations.domain.ParticipationCounts;

import org.bson.Document;

/** Value mappings shared by the consultations service's documents. Dates are ISO strings, instants dates. */
final class Documents {

    private Documents() {
    }

    static Document text(LocalizedText text) {
        return text == null ? null : new Document("ar", text.ar()).append("fr", text.fr());
    }

    static LocalizedText text(Document d) {
        return d == null ? null : new LocalizedText(d.getString("ar"), d.getString("fr"));
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    static Date instant(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    static long number(Document d, String field) {
        Object value = d.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    static <T> List<T> list(Document d, String field, Function<Document, T> mapper) {
        return d.getList(field, Document.class, List.of()).stream().map(mapper).toList();
    }

    static List<String> strings(Document d, String field) {
        return d.getList(field, String.class, List.of());
    }

    static Document counts(ParticipationCounts counts) {
        return new Document("total", counts.total()).append("byGender", new Document(map(counts.byGender())))
                .append("byAgeGroup", new Document(map(counts.byAgeGroup())))
                .append("byParticipantType", new Document(map(counts.byParticipantType())));
    }

    static ParticipationCounts counts(Document d) {
        if (d == null) {
            return ParticipationCounts.NONE;
        }
        return new ParticipationCounts(number(d, "total"), longs(d.get("byGender", Document.class)),
                longs(d.get("byAgeGroup", Document.class)), longs(d.get("byParticipantType", Document.class)));
    }

    private static Map<String, Object> map(Map<String, Long> values) {
        return new LinkedHashMap<>(values);
    }

    private static Map<String, Long> longs(Document d) {
        Map<String, Long> values = new LinkedHashMap<>();
        if (d != null) {
            d.forEach((key, value) -> values.put(key, ((Number) value).longValue()));
        }
        return values;
    }
}
