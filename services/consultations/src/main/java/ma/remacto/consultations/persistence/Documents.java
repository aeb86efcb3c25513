package ma.remacto.consultations.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import ma.remacto.consultations.domain.LocalizedText;
import ma.remacto.consultations.domain.ParticipationCounts;
import ma.remacto.platform.mongo.DocumentValues;

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

    static Document counts(ParticipationCounts counts) {
        return new Document("total", counts.total()).append("byGender", new Document(map(counts.byGender())))
                .append("byAgeGroup", new Document(map(counts.byAgeGroup())))
                .append("byParticipantType", new Document(map(counts.byParticipantType())));
    }

    static ParticipationCounts counts(Document d) {
        if (d == null) {
            return ParticipationCounts.NONE;
        }
        return new ParticipationCounts(DocumentValues.number(d, "total"), longs(d.get("byGender", Document.class)),
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
