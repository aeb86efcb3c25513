package ma.remacto.projects.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import ma.remacto.projects.domain.LocalizedText;

import org.bson.Document;

/** Value mappings shared by the projects service's documents. Amounts are decimal strings, dates ISO strings. */
final class Documents {

    private Documents() {
    }

    static Document text(LocalizedText text) {
        return text == null ? null : new Document("ar", text.ar()).append("fr", text.fr());
    }

    static LocalizedText text(Document d) {
        return d == null ? null : new LocalizedText(d.getString("ar"), d.getString("fr"));
    }

    static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
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

    static <E extends Enum<E>> List<String> names(List<E> values) {
        return values.stream().map(Enum::name).toList();
    }

    static <E extends Enum<E>> List<E> enums(Document d, String field, Class<E> type) {
        return d.getList(field, String.class, List.of()).stream().map(name -> Enum.valueOf(type, name)).toList();
    }

    static <E extends Enum<E>> E enumOrNull(String name, Class<E> type) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static <T> List<T> list(Document d, String field, Function<Document, T> mapper) {
        return d.getList(field, Document.class, List.of()).stream().map(mapper).toList();
    }
}
