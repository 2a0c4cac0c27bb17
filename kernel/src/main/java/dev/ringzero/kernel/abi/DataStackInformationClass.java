package dev.ringzero.kernel.abi;

import java.util.Optional;

/** DataStackInformationClass with the wire numbers and the buffer size each class needs. */
public enum DataStackInformationClass {
    ITEM_COUNT(0, 4),        // ULONG
    TOTAL_SIZE(1, 8),        // ULONG_PTR
    CONFIGURATION(2, DataStackConfiguration.BYTES);

    private final int code;
    private final int length;

    DataStackInformationClass(int code, int length) {
        this.code = code;
        this.length = length;
    }

    public int code() { return code; }

    /** The number of bytes the information occupies in the caller's buffer. */
    public int length() { return length; }

    public static Optional<DataStackInformationClass> fromCode(int code) {
        for (DataStackInformationClass c : values()) {
            if (c.code == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
