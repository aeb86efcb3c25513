package ma.remacto.platform.mongo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.bson.Document;

/**
 * How the services write values in their documents, the same everywhere: dates as ISO strings (a calendar day has no
 * time zone), instants as BSON dates, amounts as decimal strings (never binary floating point), enumerations by
 * name; absent values stay absent (null), lists read as empty.
 */
public final class DocumentValues {

    private DocumentValues() {
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    public static Date instant(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    public static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    public static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** A count or other integer, 0 when absent, whichever numeric type the driver read. */
    public static long number(Document d, String field) {
        Object value = d.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static <T> List<T> list(Document d, String field, Function<Document, T> mapper) {
        return d.getList(field, Document.class, List.of()).stream().map(mapper).toList();
    }

    public static List<String> strings(Document d, String field) {
        return d.getList(field, String.class, List.of());
    }

    public static <E extends Enum<E>> List<String> names(List<E> values) {
        return values.stream().map(Enum::name).toList();
    }

    public static <E extends Enum<E>> List<E> enums(Document d, String field, Class<E> type) {
        return d.getList(field, String.class, List.of()).stream().map(name -> Enum.valueOf(type, name)).toList();
    }

    public static <E extends Enum<E>> E enumOrNull(String name, Class<E> type) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
