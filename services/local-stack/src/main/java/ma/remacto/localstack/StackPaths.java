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

    /** Analysis plugins built by the project; each module that builds one copies its zip here. */
    public static Path elasticsearchPlugins() {
        return target().resolve("es-plugins");
    }
}
