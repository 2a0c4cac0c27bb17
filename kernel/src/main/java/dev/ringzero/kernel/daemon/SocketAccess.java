package dev.ringzero.kernel.daemon;

/**
 * Who may connect to the daemon's socket. The kernel's DACLs decide what each user may do with each
 * object; the socket's file mode decides who reaches the kernel at all.
 */
public enum SocketAccess {
    /** Only the daemon's user: a directory it creates is 0700 and the socket keeps the umask's mode. */
    PRIVATE("rwx------"),
    /**
     * Every local user (a machine-wide daemon, e.g. root's at {@code /run/ringzero}): a directory it
     * creates is 0755 and the socket is 0666, so objects are shared and secured by their DACLs alone.
     */
    SHARED("rwxr-xr-x");

    private final String directoryMode;

    SocketAccess(String directoryMode) {
        this.directoryMode = directoryMode;
    }

    /** The mode of a socket directory the daemon creates, as {@code rwx------}. */
    public String directoryMode() { return directoryMode; }
}
