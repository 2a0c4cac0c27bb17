package dev.ringzero.ebpf.maps.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Keys of at most 8 bytes (most map keys: an index, a PID, an IPv4 address and port) packed into one long. */
final class SmallKeys {
    private SmallKeys() {
    }

    /** The first {@code size} (at most 8) bytes of {@code key} as a long; distinct keys of one size pack distinctly. */
    static long pack(MemorySegment key, int size) {
        return switch (size) {
            case 8 -> key.get(ValueLayout.JAVA_LONG_UNALIGNED, 0);
            case 4 -> Integer.toUnsignedLong(key.get(ValueLayout.JAVA_INT_UNALIGNED, 0));
            default -> {
                long packed = 0;
                for (int i = 0; i < size; i++) {
                    packed = (packed << 8) | (key.get(ValueLayout.JAVA_BYTE, i) & 0xFF);
                }
                yield packed;
            }
        };
    }
}
