package ma.remacto.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Command line used by ./remacto to start the infrastructure as separate, long-lived processes:
 * {@code LocalStack start kafka|elasticsearch|mongodb RUN_DIR} starts one, writes its pid file and
 * returns at once; {@code LocalStack ready NAME RUN_DIR} exits 0 when it answers.
 * Ports come from REMACTO_KAFKA_PORT, REMACTO_ES_PORT, REMACTO_MONGO_PORT; heaps from
 * REMACTO_KAFKA_HEAP, REMACTO_ES_HEAP, REMACTO_MONGO_HEAP; REMACTO_MONGO_STORE=memory keeps MongoDB data
 * in memory only.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LocalStack start|ready|await kafka|elasticsearch|mongodb RUN_DIR");
            System.exit(2);
        }
        Path runDir = Path.of(args[2]).toAbsolutePath();
        ManagedProcess component = component(args[1], runDir);
        switch (args[0]) {
            case "start" -> {
                Process process = component.start();
                Files.writeString(runDir.resolve(component.name() + ".pid"), String.valueOf(process.pid()));
                System.out.println(process.pid());
                // Leaves the process running: it belongs to ./remacto now, which stops it by pid.
                System.exit(0);
            }
            case "ready" -> System.exit(component.isReady() ? 0 : 1);
            case "await" -> {
                Path pidFile = runDir.resolve(component.name() + ".pid");
                Long pid = Files.exists(pidFile) ? Long.valueOf(Files.readString(pidFile).strip()) : null;
                component.await(Duration.ofSeconds(Long.parseLong(env("REMACTO_WAIT_SECONDS", "180"))),
                        component::isReady, pid);
                System.exit(0);
            }
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    static ManagedProcess component(String name, Path runDir) {
        return switch (name) {
            case "kafka" -> new KafkaBroker(runDir.resolve("kafka"), port("REMACTO_KAFKA_PORT", 9092),
                    port("REMACTO_KAFKA_CONTROLLER_PORT", 9093), env("REMACTO_KAFKA_HEAP", "384m"));
            case "elasticsearch" -> new ElasticsearchNode(runDir.resolve("elasticsearch"), port("REMACTO_ES_PORT", 9200),
                    port("REMACTO_ES_TRANSPORT_PORT", 9300), env("REMACTO_ES_HEAP", "512m"));
            case "mongodb" -> new MongoNode(runDir.resolve("mongodb"), port("REMACTO_MONGO_PORT", 27017),
                    env("REMACTO_MONGO_HEAP", "384m"), "memory".equals(env("REMACTO_MONGO_STORE", "h2")));
            default -> throw new IllegalArgumentException("unknown component " + name);
        };
    }

    private static int port(String variable, int fallback) {
        return Integer.parseInt(env(variable, String.valueOf(fallback)));
    }

    private static String env(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
