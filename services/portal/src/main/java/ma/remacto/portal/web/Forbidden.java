package ma.remacto.portal.web;

/** The signed-in person may not see this page (another member's back office, a staff page for a citizen). */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
