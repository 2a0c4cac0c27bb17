package dev.ringzero.kernel.ob;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who is calling the kernel, as the transport established it (the embedded kernel: this process's
 * real ids; the daemon: SO_PEERCRED of the connection). Never read from a request.
 */
public record Caller(long pid, int uid, int gid, int session) {
    /** The audit login session id of a process that has none (services, containers). */
    private static final long NO_LOGIN_SESSION = 0xFFFF_FFFFL;

    public Caller {
        if (session < 0) {
            throw new IllegalArgumentException("session must be >= 0: " + session);
        }
    }

    public boolean isRoot() {
        return uid == 0;
    }

    /**
     * This JVM process, as the embedded transport identifies it: its pid, real uid and gid, and its
     * login session from {@code /proc/self/sessionid} (0, the services' session, when it has none).
     */
    public static Caller ofThisProcess() {
        UnixSystem unix = new UnixSystem();
        return new Caller(ProcessHandle.current().pid(), (int) unix.getUid(), (int) unix.getGid(), loginSession());
    }

    private static int loginSession() {
        try {
            long id = Long.parseLong(Files.readString(Path.of("/proc/self/sessionid")).trim());
            return id <= 0 || id >= NO_LOGIN_SESSION ? 0 : (int) Math.min(id, Integer.MAX_VALUE);
        } catch (IOException | NumberFormatException | SecurityException e) {
            return 0;
        }
    }
}
