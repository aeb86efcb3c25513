package ma.remacto.opendata.api.dcat;

import java.util.List;
import java.util.Map;

/**
 * Writes the JSON-LD graph {@link DcatGraph} builds (compact IRIs with the prefixes of its {@code @context}) as
 * Turtle: a node with {@code @id} is a subject, a nested node without one a blank node {@code [ … ]},
 * {@code {"@id"}} an IRI, {@code {"@value", "@language"|"@type"}} a literal.
 */
final class TurtleWriter {

    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> prefixes;
    private final java.util.ArrayDeque<Map<String, Object>> pending = new java.util.ArrayDeque<>();
    private final java.util.Set<String> written = new java.util.HashSet<>();

    private TurtleWriter(Map<String, String> prefixes) {
        this.prefixes = prefixes;
    }

    @SuppressWarnings("unchecked")
    static String write(Map<String, Object> document) {
        Map<String, String> prefixes = (Map<String, String>) document.get("@context");
        TurtleWriter writer = new TurtleWriter(prefixes);
        prefixes.forEach((prefix, iri) -> writer.out.append("@prefix ").append(prefix).append(": <").append(iri)
                .append("> .\n"));
        writer.out.append('\n');
        for (Object node : (List<Object>) document.get("@graph")) {
            writer.pending.add((Map<String, Object>) node);
        }
        while (!writer.pending.isEmpty()) {
            Map<String, Object> node = writer.pending.poll();
            if (writer.written.add((String) node.get("@id"))) {
                writer.subject(node);
            }
        }
        return writer.out.toString();
    }

    private void subject(Map<String, Object> node) {
        out.append(iri((String) node.get("@id"))).append('\n');
        properties(node, "    ");
        out.append(" .\n\n");
    }

    private void properties(Map<String, Object> node, String indent) {
        boolean first = true;
        for (Map.Entry<String, Object> entry : node.entrySet()) {
            if (entry.getKey().equals("@id") || entry.getKey().equals("@context")
                    || (entry.getValue() instanceof List<?> empty && empty.isEmpty()) || entry.getValue() == null) {
                continue;
            }
            out.append(first ? "" : " ;\n").append(indent);
            first = false;
            out.append(entry.getKey().equals("@type") ? "a" : entry.getKey()).append(' ');
            List<?> values = entry.getValue() instanceof List<?> list ? list : List.of(entry.getValue());
            for (int i = 0; i < values.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                if (entry.getKey().equals("@type")) {
                    out.append(values.get(i));
                } else {
                    object(values.get(i), indent);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void object(Object value, String indent) {
        if (value instanceof Map<?, ?> raw) {
            Map<String, Object> map = (Map<String, Object>) raw;
            if (map.containsKey("@value")) {
                out.append(literal(String.valueOf(map.get("@value"))));
                if (map.get("@language") != null) {
                    out.append('@').append(map.get("@language"));
                } else if (map.get("@type") != null) {
                    out.append("^^").append(map.get("@type"));
                }
            } else if (map.size() == 1 && map.containsKey("@id")) {
                out.append(iri((String) map.get("@id")));
            } else {
                // a nested node: a blank node, or (with @id) an IRI described in place
                if (map.containsKey("@id")) {
                    out.append(iri((String) map.get("@id")));
                    pending.add(map); // described after, as a subject of its own
                    return;
                }
                out.append("[\n");
                properties(map, indent + "    ");
                out.append('\n').append(indent).append(']');
            }
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            out.append(literal(String.valueOf(value)));
        }
    }

    /** A full IRI ({@code <…>}) or a compact one whose prefix is declared. */
    String iri(String value) {
        int colon = value.indexOf(':');
        if (colon > 0 && prefixes.containsKey(value.substring(0, colon)) && !value.startsWith("http")) {
            return value;
        }
        StringBuilder iri = new StringBuilder("<");
        for (char c : value.toCharArray()) {
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                iri.append(String.format("%%%02X", (int) c));
            } else {
                iri.append(c);
            }
        }
        return iri.append('>').toString();
    }

    static String literal(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> literal.append("\\\\");
                case '"' -> literal.append("\\\"");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> literal.append(c);
            }
        }
        return literal.append('"').toString();
    }
}
