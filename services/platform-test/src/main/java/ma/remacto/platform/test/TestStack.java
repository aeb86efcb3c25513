package ma.remacto.platform.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;

import ma.remacto.localstack.ElasticsearchNode;
import ma.remacto.localstack.KafkaBroker;
import ma.remacto.localstack.LocalMongo;
import ma.remacto.localstack.StackPaths;

/**
 * The real components for tests, started once per test JVM and stopped when it exits: a Kafka
 * broker process (KRaft) from the Apache jars, the MongoDB-wire server in memory, and, for the
 * tests that ask for it, the Elasticsearch server process. Nothing is started by hand.
 */
public final class TestStack {

    private static KafkaBroker kafka;
    private static MongoServer mongo;
    private static ElasticsearchNode elasticsearch;
    private static Path runDir;

    private TestStack() {
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            try {
                kafka = new KafkaBroker(runDir().resolve("kafka"), freePort(), freePort(), "384m");
                kafka.start();
                kafka.awaitReady(Duration.ofSeconds(120));
                KafkaBroker started = kafka;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(started)));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("Cannot start the test Kafka broker", e);
            }
        }
        return kafka;
    }

    public static synchronized String mongoUri(String database) {
        if (mongo == null) {
            mongo = LocalMongo.startInMemory();
            MongoServer started = mongo;
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
        }
        var address = mongo.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    public static synchronized ElasticsearchNode elasticsearch() {
        if (elasticsearch == null) {
            try {
                elasticsearch = new ElasticsearchNode(runDir().resolve("elasticsearch"), freePort(), freePort(), "512m");
                elasticsearch.start();
                elasticsearch.awaitReady(Duration.ofSeconds(180));
                ElasticsearchNode started = elasticsearch;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(started)));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("Cannot start the test Elasticsearch server", e);
            }
        }
        return elasticsearch;
    }

    /** Under the module's target/ so the Elasticsearch system user can reach it (not a private /tmp dir). */
    private static Path runDir() throws IOException {
        if (runDir == null) {
            Path base = Path.of("target").toAbsolutePath();
            if (!Files.isDirectory(base)) {
                base = StackPaths.target();
            }
            runDir = Files.createDirectories(base.resolve("test-stack-" + ProcessHandle.current().pid()));
        }
        return runDir;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void stopQuietly(ma.remacto.localstack.ManagedProcess process) {
        try {
            process.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
