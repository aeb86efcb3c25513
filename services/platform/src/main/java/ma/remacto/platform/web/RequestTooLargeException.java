package ma.remacto.platform.web;

import java.io.IOException;

/** A body without a declared length grew past the limit while it was being read. */
public class RequestTooLargeException extends IOException {

    public RequestTooLargeException(long maxBytes) {
        super("request body over " + maxBytes + " bytes");
    }
}
