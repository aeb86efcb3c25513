package ma.remacto.localstack;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The MongoDB-wire server for machines without mongod: services reach it through the real
 * MongoDB driver. With a file, data is kept in H2 and survives restarts.
 */
public final class LocalMongo {

    private LocalMongo() {
    }

    /** Usage: LocalMongo PORT [DATA_FILE]; without a file the data lives in memory. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        MongoServer server;
        if (args.length > 1) {
            Path file = Path.of(args[1]);
            Files.createDirectories(file.toAbsolutePath().getParent());
            server = new MongoServer(new H2Backend(file.toString()));
        } else {
            server = new MongoServer(new MemoryBackend());
        }
        server.bind(new InetSocketAddress("127.0.0.1", port));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        System.out.println("MongoDB-wire server listening on 127.0.0.1:" + port);
        Thread.currentThread().join();
    }

    /** An in-memory server inside the calling JVM, for tests. */
    public static MongoServer startInMemory() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        return server;
    }
}
