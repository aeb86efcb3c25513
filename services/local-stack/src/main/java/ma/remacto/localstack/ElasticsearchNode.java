package ma.remacto.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * The real Elasticsearch server from its Maven Central zip. It refuses to run as root, so when
 * the stack runs as root it creates a system user and starts the server with runuser. Security is
 * off and it listens on loopback only. The project's analysis plugins (zips in
 * {@link StackPaths#elasticsearchPlugins()}) are installed before it starts, the same zips the
 * production image installs (zips in each module's {@code target/es-plugin/}).
 */
public class ElasticsearchNode extends ManagedProcess {

    public static final String VERSION = "8.19.21";
    static final String SYSTEM_USER = "remacto-es";

    private final int port;
    private final int transportPort;
    private final String heap;
    private final Path home = StackPaths.elasticsearchHome(VERSION);

    public ElasticsearchNode(Path dir, int port, int transportPort, String heap) {
        super(dir);
        this.port = port;
        this.transportPort = transportPort;
        this.heap = heap;
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void prepare() throws IOException, InterruptedException {
        if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
            throw new IllegalStateException("Elasticsearch is not unpacked at " + home + "; build the project first");
        }
        Path config = dir.resolve("config");
        Files.createDirectories(config.resolve("jvm.options.d"));
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("logs"));
        Files.createDirectories(dir.resolve("tmp"));
        for (String file : List.of("jvm.options", "log4j2.properties", "users", "users_roles", "roles.yml",
                "role_mapping.yml")) {
            Path source = home.resolve("config").resolve(file);
            if (Files.exists(source)) {
                Files.copy(source, config.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(config.resolve("elasticsearch.yml"), String.join("\n",
                "cluster.name: remacto-local",
                "node.name: local",
                "path.data: " + dir.resolve("data"),
                "path.logs: " + dir.resolve("logs"),
                "network.host: 127.0.0.1",
                "http.port: " + port,
                "transport.port: " + transportPort,
                "discovery.type: single-node",
                "xpack.security.enabled: false",
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "action.destructive_requires_name: true",
                ""));
        Files.writeString(config.resolve("jvm.options.d/heap.options"), "-Xms" + heap + "\n-Xmx" + heap + "\n");
        installPlugins();
        if (runningAsRoot()) {
            ensureSystemUser();
            run(List.of("chown", "-R", SYSTEM_USER + ":" + SYSTEM_USER, dir.toString()));
        }
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        }
        command.addAll(List.of("env", "ES_JAVA_HOME=" + Jdks.forElasticsearch(), "ES_PATH_CONF=" + dir.resolve("config"),
                "ES_TMPDIR=" + dir.resolve("tmp"), home.resolve("bin/elasticsearch").toString()));
        return command;
    }

    @Override
    protected void environment(ProcessBuilder builder) {
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }

    @Override
    public boolean isReady() {
        if (!listening(port)) {
            return false;
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                            .timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Installs each plugin zip once; a rebuilt zip (new checksum) replaces the installed plugin. */
    void installPlugins() throws IOException, InterruptedException {
        for (Path zip : StackPaths.elasticsearchPlugins()) {
            String name = pluginName(zip);
            String checksum = sha256(zip);
            // Outside plugins/: Elasticsearch takes every entry there for a plugin.
            Path marker = home.resolveSibling("es-plugin-markers").resolve(name + ".sha256");
            Files.createDirectories(marker.getParent());
            if (Files.exists(marker) && Files.readString(marker).equals(checksum)) {
                continue;
            }
            if (Files.exists(home.resolve("plugins").resolve(name))) {
                pluginCli(List.of("remove", name));
            }
            pluginCli(List.of("install", "--batch", zip.toUri().toString()));
            Files.writeString(marker, checksum);
        }
    }

    private void pluginCli(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/elasticsearch-plugin").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        builder.environment().put("ES_JAVA_HOME", Jdks.forElasticsearch().toString());
        // The installer's class scanner runs out of memory with the default heap.
        builder.environment().put("CLI_JAVA_OPTS", "-Xmx512m");
        builder.environment().put("ES_PATH_CONF", dir.resolve("config").toString());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("elasticsearch-plugin " + arguments + " failed; see " + logFile());
        }
    }

    static String pluginName(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (String descriptor : List.of("stable-plugin-descriptor.properties", "plugin-descriptor.properties")) {
                var entry = file.getEntry(descriptor);
                if (entry != null) {
                    Properties properties = new Properties();
                    try (InputStream in = file.getInputStream(entry)) {
                        properties.load(in);
                    }
                    return properties.getProperty("name");
                }
            }
        }
        throw new IllegalStateException(zip + " has no plugin descriptor");
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void ensureSystemUser() throws IOException, InterruptedException {
        if (new ProcessBuilder("id", "-u", SYSTEM_USER).start().waitFor() == 0) {
            return;
        }
        run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
