package dev.ringzero.kernel.abi;

import java.util.Optional;

/**
 * The operations of the IOCTL-shaped kernel interface, with their wire numbers (the articles'
 * IOCTL_DATASTACK_* codes, plus the object-manager calls a user-mode NtDll would make as syscalls).
 * The numbers are part of the wire protocol: never renumber, only add.
 */
public enum IoFunction {
    QUERY_PROCESS(0x01),
    CLOSE(0x02),
    DUPLICATE_OBJECT(0x03),
    MAKE_TEMPORARY(0x04),
    OPEN_DIRECTORY(0x05),
    WAIT_FOR_MULTIPLE(0x06),

    CREATE_EVENT(0x10),
    OPEN_EVENT(0x11),
    SET_EVENT(0x12),
    RESET_EVENT(0x13),
    PULSE_EVENT(0x14),

    CREATE_DATASTACK(0x20),
    OPEN_DATASTACK(0x21),
    PUSH_DATASTACK(0x22),
    POP_DATASTACK(0x23),
    CLEAR_DATASTACK(0x24),
    QUERY_DATASTACK(0x25),

    OPEN_FILE(0x30),
    WRITE_FILE(0x31);

    private final int code;

    IoFunction(int code) {
        this.code = code;
    }

    public int code() { return code; }

    public static Optional<IoFunction> fromCode(int code) {
        for (IoFunction f : values()) {
            if (f.code == code) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
