package ma.remacto.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds JDKs on the machine: the platform runs on >= 21, Elasticsearch 8.19 wants 17 to 24. */
final class Jdks {

    private Jdks() {
    }

    static Path current() {
        return Path.of(System.getProperty("java.home"));
    }

    static Path forElasticsearch() {
        String configured = System.getenv("REMACTO_ES_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if (Runtime.version().feature() >= 17 && Runtime.version().feature() <= 24) {
            return current();
        }
        return find(17, 24).orElseThrow(() -> new IllegalStateException(
                "Elasticsearch 8.19 needs a JDK between 17 and 24; set REMACTO_ES_JAVA_HOME"));
    }

    private static Optional<Path> find(int min, int max) {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> candidates = Files.list(jvms)) {
            return candidates.filter(p -> Files.isExecutable(p.resolve("bin/java")) && !Files.isSymbolicLink(p))
                    .filter(p -> {
                        int feature = feature(p);
                        return feature >= min && feature <= max;
                    })
                    .max(Comparator.comparingInt(Jdks::feature));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static int feature(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String first = version.split("[.+-]")[0];
                    return Integer.parseInt(first.equals("1") ? version.split("\\.")[1] : first);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
