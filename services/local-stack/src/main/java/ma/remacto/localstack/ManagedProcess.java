package ma.remacto.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/** A component started as its own process, output to a log file, stopped by its process id. */
public abstract class ManagedProcess {

    protected final Path dir;
    private Process process;

    protected ManagedProcess(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    public abstract String name();

    /** Writes configuration and initialises storage; safe to repeat. */
    public abstract void prepare() throws IOException, InterruptedException;

    protected abstract List<String> command();

    public abstract boolean isReady();

    public Path logFile() {
        return dir.resolve(name() + ".log");
    }

    public Process start() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        prepare();
        ProcessBuilder builder = new ProcessBuilder(command()).directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        environment(builder);
        process = builder.start();
        return process;
    }

    protected void environment(ProcessBuilder builder) {
    }

    public Process process() {
        return process;
    }

    public void awaitReady(Duration timeout) throws InterruptedException {
        await(timeout, this::isReady);
    }

    protected void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        await(timeout, condition, null);
    }

    /** Waits for {@code condition}; gives up at once if the process (ours, or {@code pid}'s) has died. */
    protected void await(Duration timeout, BooleanSupplier condition, Long pid) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(name() + " exited with " + process.exitValue() + "; see " + logFile());
            }
            if (pid != null && ProcessHandle.of(pid).map(handle -> !handle.isAlive()).orElse(true)) {
                throw new IllegalStateException(name() + " (pid " + pid + ") exited; see " + logFile());
            }
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name() + " not ready after " + timeout + "; see " + logFile());
    }

    /** Stops the process and its children (Elasticsearch runs under runuser), gracefully first. */
    public void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    protected static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    protected static String javaBin(Path jdk) {
        return jdk.resolve("bin/java").toString();
    }
}
