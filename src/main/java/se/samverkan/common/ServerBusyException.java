package se.samverkan.common;

/**
 * The server has no room for this piece of heavy work just now (for example every PDF rendering slot is taken and
 * stayed taken while the request waited). Answered with 503, a {@code Retry-After} header and a page that says so;
 * nothing was changed.
 */
public class ServerBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public ServerBusyException(String what, int retryAfterSeconds) {
        super(what + " is busy");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
