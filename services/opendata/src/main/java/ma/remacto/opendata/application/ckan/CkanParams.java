package ma.remacto.opendata.application.ckan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An action's parameters, from a query string (texts) or a JSON body (texts, numbers, booleans, lists), read with
 * CKAN's validators: an invalid value is a {@link CkanError#validation Validation Error}, never a server error.
 * Errors are collected; {@link #check()} raises them together.
 */
public final class CkanParams {

    private final Map<String, Object> values;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public CkanParams(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public String text(String name, String fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? fallback : String.valueOf(list.getFirst());
        }
        return String.valueOf(value);
    }

    /** A natural number (0 or more) at most {@code max}, or the fallback when absent. */
    public Integer natural(String name, Integer fallback, int max) {
        Object value = values.get(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return fallback;
        }
        long number;
        if (value instanceof Number n && (n instanceof Integer || n instanceof Long || n instanceof Short)) {
            number = n.longValue();
        } else if (value instanceof String s && s.trim().matches("-?\\d{1,18}")) {
            number = Long.parseLong(s.trim());
        } else {
            errors.put(name, List.of("Invalid integer"));
            return fallback;
        }
        if (number < 0) {
            errors.put(name, List.of("Must be a natural number"));
            return fallback;
        }
        if (number > max) {
            errors.put(name, List.of("Must be at most " + max));
            return fallback;
        }
        return (int) number;
    }

    public boolean bool(String name, boolean fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value).trim().toLowerCase();
        return switch (text) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off", "" -> false;
            default -> {
                errors.put(name, List.of("Invalid boolean"));
                yield fallback;
            }
        };
    }

    /** A list given as a JSON list (POST) or as a JSON text such as {@code ["tags","res_format"]} (GET). */
    public List<String> list(String name, JsonListParser parser) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            list.forEach(item -> out.add(String.valueOf(item)));
            return out;
        }
        List<String> parsed = parser.parse(String.valueOf(value));
        if (parsed == null) {
            errors.put(name, List.of("Invalid JSON list of strings"));
            return List.of();
        }
        return parsed;
    }

    public void error(String name, String message) {
        errors.put(name, List.of(message));
    }

    public void check() {
        if (!errors.isEmpty()) {
            throw CkanError.validation(errors);
        }
    }

    /** Parses a JSON list of strings, or answers null when the text is not one. */
    @FunctionalInterface
    public interface JsonListParser {
        List<String> parse(String json);
    }
}
