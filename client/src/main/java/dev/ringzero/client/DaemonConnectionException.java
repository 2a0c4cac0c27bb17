package dev.ringzero.client;

/**
 * The connection to the daemon broke (the daemon exited, the transport was closed, or a reply was
 * malformed); calls in flight and every later call on that transport fail with it.
 */
public final class DaemonConnectionException extends RuntimeException {
    public DaemonConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
