package ma.remacto.portal.clients;

/** A service did not answer (down, or not reachable): the page says so and asks to try again shortly. */
public class Unavailable extends RuntimeException {

    public Unavailable(String service, Throwable cause) {
        super(service + " did not answer: " + cause.getMessage(), cause);
    }
}
