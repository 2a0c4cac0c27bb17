package dev.ringzero.ebpf.btf;

import java.nio.charset.StandardCharsets;

/** Bounds-checked little-endian reads over a BTF blob. */
final class BtfBytes {

    private final byte[] bytes;

    BtfBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    int length() {
        return bytes.length;
    }

    void requireRange(long offset, long size, String what) {
        if (offset < 0 || size < 0 || offset > bytes.length || size > bytes.length - offset) {
            throw new MalformedBtfException(what + " extends past end of data: offset " + offset + " + size " + size
                    + " > " + bytes.length);
        }
    }

    int u8(long offset, String what) {
        requireRange(offset, 1, what);
        return bytes[(int) offset] & 0xff;
    }

    int u16(long offset, String what) {
        requireRange(offset, 2, what);
        int at = (int) offset;
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    /** A 32-bit field as Java int (callers decide signedness). */
    int i32(long offset, String what) {
        requireRange(offset, 4, what);
        int at = (int) offset;
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16 | (bytes[at + 3] & 0xff) << 24;
    }

    /** A 32-bit field inside a range already checked with {@link #requireRange}. */
    int i32At(long offset) {
        int at = (int) offset;
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16 | (bytes[at + 3] & 0xff) << 24;
    }

    long u32At(long offset) {
        return Integer.toUnsignedLong(i32At(offset));
    }

    long u32(long offset, String what) {
        return Integer.toUnsignedLong(i32(offset, what));
    }

    /** The NUL-terminated string at {@code start + index}, ending before {@code start + size}. */
    String cString(long start, long size, long index, String what) {
        if (index < 0 || index >= size) {
            throw new MalformedBtfException(what + ": string offset " + index + " outside string section of size " + size);
        }
        requireRange(start, size, what);
        int from = (int) (start + index);
        int end = (int) (start + size);
        for (int at = from; at < end; at++) {
            if (bytes[at] == 0) {
                return new String(bytes, from, at - from, StandardCharsets.UTF_8);
            }
        }
        throw new MalformedBtfException(what + ": string at offset " + index + " is not NUL-terminated");
    }
}
