package ma.remacto.opendata.domain;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A row as the downloads write it: one CSV line (RFC 4180, CRLF) and one JSON object, in the schema's column order.
 * Rows change rarely and are downloaded often, so both are rendered once when the row is stored and a download only
 * copies them out; rows kept by increments (statistics) are rendered as they are read.
 */
public final class RowRenditions {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private RowRenditions() {
    }

    /** The CSV line, CRLF included: empty cells for nulls; a cell with a comma, quote, CR or LF quoted, quotes doubled. */
    public static String csv(TableSchema schema, Map<String, ?> row) {
        StringBuilder line = new StringBuilder(256);
        boolean first = true;
        for (TableSchema.Field field : schema.fields()) {
            if (!first) {
                line.append(',');
            }
            first = false;
            Object value = row.get(field.name());
            appendCell(line, value == null ? "" : value.toString());
        }
        return line.append("\r\n").toString();
    }

    /** The CSV header line. */
    public static String csvHeader(TableSchema schema) {
        StringBuilder line = new StringBuilder();
        for (TableSchema.Field field : schema.fields()) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            appendCell(line, field.name());
        }
        return line.append("\r\n").toString();
    }

    /**
     * The JSON object: every field present ({@code null} when empty), integers and booleans as such, a {@code number}
     * field as a JSON number when it is a decimal, everything else a string.
     */
    public static String json(TableSchema schema, Map<String, ?> row) {
        StringBuilder object = new StringBuilder(512).append('{');
        boolean first = true;
        for (TableSchema.Field field : schema.fields()) {
            if (!first) {
                object.append(',');
            }
            first = false;
            appendString(object, field.name());
            object.append(':');
            Object value = row.get(field.name());
            if (value == null) {
                object.append("null");
            } else if (value instanceof Number n && !(value instanceof Double)) {
                object.append(n.longValue());
            } else if (value instanceof Boolean b) {
                object.append(b.booleanValue());
            } else if ("number".equals(field.type()) && DECIMAL.matcher(value.toString()).matches()) {
                object.append(value);
            } else {
                appendString(object, value.toString());
            }
        }
        return object.append('}').toString();
    }

    private static void appendCell(StringBuilder line, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            line.append(value);
            return;
        }
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    /** A JSON string (RFC 8259): quote, backslash and control characters escaped; everything else as it is. */
    private static void appendString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
