package ma.remacto.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one process), started from the
 * Apache Kafka jars the build copied to lib/. Storage is formatted once; restarts keep the data.
 */
public class KafkaBroker extends ManagedProcess {

    private final int port;
    private final int controllerPort;
    private final String heap;

    public KafkaBroker(Path dir, int port, int controllerPort, String heap) {
        super(dir);
        this.port = port;
        this.controllerPort = controllerPort;
        this.heap = heap;
    }

    @Override
    public String name() {
        return "kafka";
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    private Path config() {
        return dir.resolve("server.properties");
    }

    @Override
    public void prepare() throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("data"));
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", dir.resolve("data").toString()),
                Map.entry("num.partitions", "3"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "10"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                // Topics are created by the services with their settings (compaction, retention).
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("log.segment.bytes", String.valueOf(64 * 1024 * 1024))));
        try (var out = Files.newOutputStream(config())) {
            properties.store(out, "REMACTO local Kafka broker (written by the local stack)");
        }
        if (!Files.exists(dir.resolve("data/meta.properties"))) {
            Process format = new ProcessBuilder(javaBin(Jdks.current()), "-cp", StackPaths.lib() + "/*",
                    "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
            if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed; see " + logFile());
            }
        }
    }

    @Override
    protected List<String> command() {
        return List.of(javaBin(Jdks.current()), "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC",
                "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true", "-cp", StackPaths.lib() + "/*",
                "kafka.Kafka", config().toString());
    }

    @Override
    public boolean isReady() {
        if (!listening(port)) {
            return false;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    public void awaitReady() throws InterruptedException {
        awaitReady(Duration.ofSeconds(90));
    }
}
