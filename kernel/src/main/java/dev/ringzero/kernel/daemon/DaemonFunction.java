package dev.ringzero.kernel.daemon;

import java.util.Optional;

/**
 * Requests the daemon answers itself, beside the kernel's {@link dev.ringzero.kernel.abi.IoFunction}s,
 * in the reserved function range 0x7F00–0x7FFF of the same frames: the views WinObj and Process
 * Explorer get from kernel debugging interfaces, and keeping an object alive for a client that exits.
 * The numbers are part of the wire protocol: never renumber, only add.
 */
public enum DaemonFunction {
    /** Input: u32 length + UTF-8 absolute directory path. Output: a {@link DirectoryListing}. */
    LIST_DIRECTORY(0x7F01),
    /** No input. Output: a {@link HandleListing} of every process the caller may see. */
    LIST_HANDLES(0x7F02),
    /**
     * Handle in the frame header, no input. The daemon duplicates the handle (same access) into its own
     * process, so the object outlives the caller's connection. Output: u32 handle in the daemon's process.
     */
    KEEP_HANDLE(0x7F03);

    public static final int FIRST_CODE = 0x7F00;
    public static final int LAST_CODE = 0x7FFF;

    private final int code;

    DaemonFunction(int code) {
        this.code = code;
    }

    public int code() { return code; }

    public static boolean isDaemonRange(int code) {
        return code >= FIRST_CODE && code <= LAST_CODE;
    }

    public static Optional<DaemonFunction> fromCode(int code) {
        for (DaemonFunction f : values()) {
            if (f.code == code) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
