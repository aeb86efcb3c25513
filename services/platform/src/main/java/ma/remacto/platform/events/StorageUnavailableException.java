package ma.remacto.platform.events;

/**
 * The handler's own storage cannot be reached (a search engine that is down, overloaded or timing out).
 * Like a MongoDB outage, it says nothing about the event: the subscription retries it without limit, with
 * backoff, instead of dead-lettering it after {@code max-attempts}.
 */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
