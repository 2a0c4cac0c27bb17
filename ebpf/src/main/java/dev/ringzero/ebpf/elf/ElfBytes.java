package dev.ringzero.ebpf.elf;

/** Bounds-checked little-endian reads over the whole file; every failure names what was being read. */
final class ElfBytes {

    private final byte[] bytes;

    ElfBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    int length() {
        return bytes.length;
    }

    /** Checks that {@code [offset, offset + size)} lies inside the file, with unsigned 64-bit inputs. */
    void requireRange(long offset, long size, String what) {
        if (offset < 0 || size < 0 || offset > bytes.length || size > bytes.length - offset) {
            throw new MalformedElfException(what + " extends past end of file: offset " + Long.toUnsignedString(offset)
                    + " + size " + Long.toUnsignedString(size) + " > " + bytes.length);
        }
    }

    /** {@link #requireRange(long, long, String)} for a section's contents, naming it only on failure. */
    void requireRange(SectionHeader section) {
        if (section.offset() < 0 || section.size() < 0 || section.offset() > bytes.length
                || section.size() > bytes.length - section.offset()) {
            requireRange(section.offset(), section.size(), section.describe());
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

    /** An unsigned 32-bit field as a non-negative long. */
    long u32(long offset, String what) {
        requireRange(offset, 4, what);
        return Integer.toUnsignedLong(rawInt((int) offset));
    }

    /** A 64-bit field; callers treat negative values as "too large". */
    long u64(long offset, String what) {
        requireRange(offset, 8, what);
        int at = (int) offset;
        return Integer.toUnsignedLong(rawInt(at)) | (long) rawInt(at + 4) << 32;
    }

    byte[] copy(long offset, long size, String what) {
        requireRange(offset, size, what);
        byte[] out = new byte[(int) size];
        System.arraycopy(bytes, (int) offset, out, 0, (int) size);
        return out;
    }

    /** The NUL-terminated string at {@code start + index}, which must end before {@code start + size}. */
    String cString(long start, long size, long index, String what) {
        if (index < 0 || index >= size) {
            throw new MalformedElfException(what + ": string offset " + index + " outside string table of size " + size);
        }
        requireRange(start, size, what);
        int from = (int) (start + index);
        int end = (int) (start + size);
        for (int at = from; at < end; at++) {
            if (bytes[at] == 0) {
                return new String(bytes, from, at - from, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new MalformedElfException(what + ": string at offset " + index + " is not NUL-terminated");
    }

    /** An unsigned 32-bit field inside a range already checked with {@link #requireRange}. */
    long u32At(long offset) {
        return Integer.toUnsignedLong(rawInt((int) offset));
    }

    /** A 64-bit field inside a range already checked with {@link #requireRange}. */
    long u64At(long offset) {
        int at = (int) offset;
        return Integer.toUnsignedLong(rawInt(at)) | (long) rawInt(at + 4) << 32;
    }

    /** A u16 inside a range already checked with {@link #requireRange}. */
    int u16At(long offset) {
        int at = (int) offset;
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    /** A u8 inside a range already checked with {@link #requireRange}. */
    int u8At(long offset) {
        return bytes[(int) offset] & 0xff;
    }

    private int rawInt(int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16 | (bytes[at + 3] & 0xff) << 24;
    }
}
