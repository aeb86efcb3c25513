package ma.remacto.platform.mongo;

/** The aggregate changed since it was read (its version moved): the caller reloads and retries or reports 409. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String collection, Object id, long expectedVersion) {
        super(collection + "/" + id + " is no longer at version " + expectedVersion);
    }
}
