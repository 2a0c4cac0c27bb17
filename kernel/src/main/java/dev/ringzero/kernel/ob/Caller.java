package dev.ringzero.kernel.ob;

/**
 * Who is calling the kernel, as the transport established it (the embedded kernel: this process's
 * real ids; the daemon: SO_PEERCRED of the connection). Never read from a request.
 */
public record Caller(long pid, int uid, int gid, int session) {
    public Caller {
        if (session < 0) {
            throw new IllegalArgumentException("session must be >= 0: " + session);
        }
    }

    public boolean isRoot() {
        return uid == 0;
    }
}
