package ma.remacto.platform.events;

/** An event that no retry can apply: unknown payload, broken invariant. It is parked in the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }
}
