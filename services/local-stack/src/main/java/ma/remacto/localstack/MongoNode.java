package ma.remacto.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The MongoDB-wire server as its own process, with its data in an H2 file under the run directory. */
public class MongoNode extends ManagedProcess {

    private final int port;
    private final String heap;

    public MongoNode(Path dir, int port, String heap) {
        super(dir);
        this.port = port;
        this.heap = heap;
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
        return List.of(javaBin(Jdks.current()), "-Xms64m", "-Xmx" + heap, "-cp",
                StackPaths.lib() + "/*:" + StackPaths.target().resolve("classes"),
                LocalMongo.class.getName(), String.valueOf(port), dir.resolve("data/remacto.mv.db").toString());
    }

    @Override
    public boolean isReady() {
        return listening(port);
    }
}
