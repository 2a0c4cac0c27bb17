package dev.ringzero.kernel.daemon;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the daemon listens: {@code RZ_SOCKET} if set, else {@code $XDG_RUNTIME_DIR/ringzero/kernel.sock},
 * else {@code /run/ringzero/kernel.sock} for root, else {@code /tmp/ringzero-$UID/kernel.sock}.
 * Client and daemon compute it the same way, so both find each other without configuration.
 */
public final class DaemonSocket {
    public static final String ENVIRONMENT_VARIABLE = "RZ_SOCKET";
    public static final String FILE_NAME = "kernel.sock";

    private DaemonSocket() {}

    /** The default socket path for this process's environment and user. */
    public static Path defaultPath() {
        return defaultPath(System.getenv(), new com.sun.security.auth.module.UnixSystem().getUid());
    }

    /** The default socket path for {@code environment} and {@code uid} (what the rules above give). */
    public static Path defaultPath(Map<String, String> environment, long uid) {
        String explicit = environment.get(ENVIRONMENT_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank()) {
            return Path.of(runtime, "ringzero", FILE_NAME);
        }
        if (uid == 0) {
            return Path.of("/run/ringzero", FILE_NAME);
        }
        return Path.of("/tmp", "ringzero-" + uid, FILE_NAME);
    }
}
