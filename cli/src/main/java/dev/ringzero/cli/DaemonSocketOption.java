package dev.ringzero.cli;

import dev.ringzero.kernel.daemon.DaemonSocket;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --socket PATH}: the daemon's socket, defaulting to {@link DaemonSocket#defaultPath()} (honours RZ_SOCKET). */
final class DaemonSocketOption {
    @Option(names = "--socket", paramLabel = "PATH",
            description = "the daemon's Unix socket (default: $RZ_SOCKET, $XDG_RUNTIME_DIR/ringzero/kernel.sock, "
                    + "/run/ringzero/kernel.sock for root, else /tmp/ringzero-$UID/kernel.sock)")
    Path socket;

    Path path() {
        return socket != null ? socket : DaemonSocket.defaultPath();
    }
}
