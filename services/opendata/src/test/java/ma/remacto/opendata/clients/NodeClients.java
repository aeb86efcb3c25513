package ma.remacto.opendata.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Node.js clients of {@code src/test/node}, installed once per build into {@code target/node-clients} with
 * {@code npm ci} (exact versions from the lock file, from the npm registry) and run with the machine's {@code node}.
 */
final class NodeClients {

    record Run(int exitCode, String stdout, String stderr) {
    }

    private static Path installed;

    private NodeClients() {
    }

    static synchronized Path install() throws IOException, InterruptedException {
        if (installed != null) {
            return installed;
        }
        Path source = Path.of("src/test/node");
        Path target = Path.of("target/node-clients");
        Files.createDirectories(target);
        try (var files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Run npm = run(target, 300, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        assertThat(npm.exitCode()).as("npm ci in %s: %s", target, npm.stderr()).isZero();
        installed = target;
        return target;
    }

    static Run node(String script, String... args) throws IOException, InterruptedException {
        Path directory = install();
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        return run(directory, 300, command.toArray(String[]::new));
    }

    private static Run run(Path directory, int timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("node-out", ".txt");
        Path err = Files.createTempFile("node-err", ".txt");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return run;
    }
}
