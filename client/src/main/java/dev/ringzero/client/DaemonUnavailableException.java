package dev.ringzero.client;

import java.nio.file.Path;

/** No ringzero daemon accepts connections at a socket path (none started, or it exited). */
public final class DaemonUnavailableException extends RuntimeException {
    private final Path socket;

    public DaemonUnavailableException(Path socket, Throwable cause) {
        super("no ringzero daemon at " + socket + " (start one with: rz daemon)", cause);
        this.socket = socket;
    }

    public Path socket() { return socket; }
}
