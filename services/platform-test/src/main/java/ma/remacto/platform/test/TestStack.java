package ma.remacto.platform.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import de.bwaldvogel.mongo.MongoServer;

import ma.remacto.localstack.ElasticsearchNode;
import ma.remacto.localstack.KafkaBroker;
import ma.remacto.localstack.LocalMongo;
import ma.remacto.localstack.ManagedProcess;
import ma.remacto.localstack.StackPaths;

import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The real components for tests, started once per test JVM and stopped when it exits.
 *
 * <p>By default ({@code REMACTO_TEST_COMPONENTS=local}) they run without Docker: a Kafka broker
 * process (KRaft) from the Apache jars, the MongoDB-wire server in memory, and, for the tests that
 * ask for it, the Elasticsearch server process. Where a Docker engine exists,
 * {@code REMACTO_TEST_COMPONENTS=containers} runs the same tests on the official Kafka, MongoDB
 * and Elasticsearch images through Testcontainers.
 */
public final class TestStack {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.0";
    static final String MONGO_IMAGE = "mongo:8.0";
    static final String ELASTICSEARCH_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:" + ElasticsearchNode.VERSION;

    private static KafkaBroker kafka;
    private static KafkaContainer kafkaContainer;
    private static MongoServer mongo;
    private static MongoDBContainer mongoContainer;
    private static ElasticsearchNode elasticsearch;
    private static ElasticsearchContainer elasticsearchContainer;
    private static Path runDir;

    private TestStack() {
    }

    public static boolean containers() {
        String mode = System.getProperty("remacto.test.components", System.getenv("REMACTO_TEST_COMPONENTS"));
        return mode != null && mode.toLowerCase(Locale.ROOT).equals("containers");
    }

    public static synchronized String kafkaBootstrapServers() {
        if (containers()) {
            if (kafkaContainer == null) {
                kafkaContainer = new KafkaContainer(KAFKA_IMAGE);
                kafkaContainer.start();
            }
            return kafkaContainer.getBootstrapServers();
        }
        return localKafka().bootstrapServers();
    }

    /** The local broker process, for tests that stop and restart it. */
    public static synchronized KafkaBroker localKafka() {
        if (kafka == null) {
            try {
                kafka = new KafkaBroker(runDir().resolve("kafka"), freePort(), freePort(), "384m");
                kafka.start();
                kafka.awaitReady(Duration.ofSeconds(120));
                stopOnExit(kafka);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("Cannot start the test Kafka broker", e);
            }
        }
        return kafka;
    }

    public static synchronized String mongoUri(String database) {
        if (containers()) {
            if (mongoContainer == null) {
                mongoContainer = new MongoDBContainer(MONGO_IMAGE);
                mongoContainer.start();
            }
            return mongoContainer.getConnectionString() + "/" + database;
        }
        if (mongo == null) {
            mongo = LocalMongo.startInMemory();
            MongoServer started = mongo;
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
        }
        return "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort() + "/" + database;
    }

    public static synchronized String elasticsearchUrl() {
        if (containers()) {
            if (elasticsearchContainer == null) {
                elasticsearchContainer = new ElasticsearchContainer(ELASTICSEARCH_IMAGE)
                        .withEnv("xpack.security.enabled", "false")
                        .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
                elasticsearchContainer.start();
            }
            return "http://" + elasticsearchContainer.getHttpHostAddress();
        }
        return localElasticsearch().url();
    }

    /** The local server process, for tests that look at how it runs. */
    public static synchronized ElasticsearchNode localElasticsearch() {
        if (elasticsearch == null) {
            try {
                elasticsearch = new ElasticsearchNode(runDir().resolve("elasticsearch"), freePort(), freePort(), "512m");
                elasticsearch.start();
                elasticsearch.awaitReady(Duration.ofSeconds(180));
                stopOnExit(elasticsearch);
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

    private static void stopOnExit(ManagedProcess process) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                process.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }
}
