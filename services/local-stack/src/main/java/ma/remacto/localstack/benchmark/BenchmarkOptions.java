package ma.remacto.localstack.benchmark;

import java.util.HashMap;
import java.util.Map;

/** A benchmark's command line: {@code --name value} pairs, each with the benchmark's own default. */
public record BenchmarkOptions(Map<String, String> values) {

    public static BenchmarkOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return new BenchmarkOptions(Map.copyOf(values));
    }

    public int integer(String name, int fallback) {
        return Integer.parseInt(values.getOrDefault(name, String.valueOf(fallback)));
    }

    public String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
