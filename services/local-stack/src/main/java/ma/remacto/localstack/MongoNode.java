package ma.remacto.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The MongoDB-wire server as its own process, with its data in an H2 file under the run directory
 * (or only in memory when REMACTO_MONGO_STORE=memory).
 */
public class MongoNode extends ManagedProcess {

    private final int port;
    private final String heap;
    private final boolean inMemory;

    /** In memory, nothing survives a restart: for benchmarks past the H2 file's practical size. */
    public MongoNode(Path dir, int port, String heap, boolean inMemory) {
        super(dir);
        this.port = port;
        this.heap = heap;
        this.inMemory = inMemory;
    }

    @Override
    public String name() {
        return "mongodb";
    }

    @Override
    public void prepare() throws IOException {
        Files.createDirectories(dir.resolve("data"));
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(List.of(javaBin(Jdks.current()), "-Xms64m", "-Xmx" + heap, "-cp",
                StackPaths.lib() + "/*:" + StackPaths.target().resolve("classes"),
                LocalMongo.class.getName(), String.valueOf(port)));
        if (!inMemory) {
            command.add(dir.resolve("data/remacto.mv.db").toString());
        }
        return command;
    }

    @Override
    public boolean isReady() {
        return listening(port);
    }
}
