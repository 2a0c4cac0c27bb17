package dev.ringzero.kernel.daemon;

import java.io.IOException;
import java.nio.file.Path;

/** Another daemon answers on the socket path this one was asked to listen on. */
public final class DaemonAlreadyRunningException extends IOException {
    public DaemonAlreadyRunningException(Path socket) {
        super("a ringzero daemon is already listening at " + socket);
    }
}
