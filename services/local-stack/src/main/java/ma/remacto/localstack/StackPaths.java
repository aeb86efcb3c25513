package ma.remacto.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put the local components: services/local-stack/target under the repository root. */
public final class StackPaths {

    private StackPaths() {
    }

    public static Path root() {
        String configured = System.getProperty("remacto.root", System.getenv("REMACTO_ROOT"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("services/local-stack"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Cannot find the REMACTO repository root; set REMACTO_ROOT");
    }

    public static Path target() {
        return root().resolve("services/local-stack/target");
    }

    /** Jars of the Kafka broker and the MongoDB-wire server. */
    public static Path lib() {
        return target().resolve("lib");
    }

    public static Path elasticsearchHome(String version) {
        return target().resolve("elasticsearch-" + version);
    }

    /**
     * Elasticsearch plugins built by the project: every module that builds one leaves its zip in its
     * own {@code target/es-plugin/}. The same zips go into the production image.
     */
    public static java.util.List<Path> elasticsearchPlugins() {
        java.util.List<Path> zips = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> modules = Files.list(root().resolve("services"))) {
            for (Path module : modules.sorted().toList()) {
                Path dir = module.resolve("target/es-plugin");
                if (Files.isDirectory(dir)) {
                    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                        files.filter(p -> p.toString().endsWith(".zip")).sorted().forEach(zips::add);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return zips;
    }
}
