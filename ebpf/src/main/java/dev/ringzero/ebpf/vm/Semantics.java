package dev.ringzero.ebpf.vm;

/**
 * The semantics of eBPF operations (RFC 9669), once: the interpreter calls these methods and the JIT
 * emits invocations of the same methods (or inline bytecode proven equal to them). Every 32-bit
 * operation returns its result zero-extended to 64 bits, as the ALU class requires.
 */
public final class Semantics {

    private Semantics() {}

    /** Zero-extends the low 32 bits. */
    public static long zext32(long value) { return value & 0xffff_ffffL; }

    // ---- division and modulo: "if the divisor is zero, dst = 0 (div) or dst is unchanged (mod)"

    public static long div64(long dst, long src) { return src == 0 ? 0 : Long.divideUnsigned(dst, src); }

    public static long div32(long dst, long src) {
        int divisor = (int) src;
        return divisor == 0 ? 0 : zext32(Integer.divideUnsigned((int) dst, divisor));
    }

    public static long mod64(long dst, long src) { return src == 0 ? dst : Long.remainderUnsigned(dst, src); }

    public static long mod32(long dst, long src) {
        int divisor = (int) src;
        return divisor == 0 ? zext32(dst) : zext32(Integer.remainderUnsigned((int) dst, divisor));
    }

    /** Signed division, truncating toward zero; {@code LLONG_MIN / -1 == LLONG_MIN}. */
    public static long sdiv64(long dst, long src) { return src == 0 ? 0 : dst / src; }

    public static long sdiv32(long dst, long src) {
        int divisor = (int) src;
        return divisor == 0 ? 0 : zext32((int) dst / divisor);
    }

    /** Signed modulo: the result takes the dividend's sign; {@code LLONG_MIN % -1 == 0}. */
    public static long smod64(long dst, long src) { return src == 0 ? dst : dst % src; }

    public static long smod32(long dst, long src) {
        int divisor = (int) src;
        return divisor == 0 ? zext32(dst) : zext32((int) dst % divisor);
    }

    // ---- shifts: the amount is masked to the operand width (63 or 31)

    public static long lsh64(long dst, long src) { return dst << (src & 63); }

    public static long rsh64(long dst, long src) { return dst >>> (src & 63); }

    public static long arsh64(long dst, long src) { return dst >> (src & 63); }

    public static long lsh32(long dst, long src) { return zext32((int) dst << (src & 31)); }

    public static long rsh32(long dst, long src) { return zext32((int) dst >>> (src & 31)); }

    public static long arsh32(long dst, long src) { return zext32((int) dst >> (src & 31)); }

    // ---- sign extension

    /** {@code movsx} in the ALU64 class: sign-extends the low {@code bits} (8, 16 or 32) to 64 bits. */
    public static long movsx64(long src, int bits) {
        return switch (bits) {
            case 8 -> (byte) src;
            case 16 -> (short) src;
            case 32 -> (int) src;
            default -> throw new IllegalArgumentException("movsx of " + bits + " bits");
        };
    }

    /** {@code movsx} in the ALU class: sign-extends to 32 bits, then zero-extends to 64. */
    public static long movsx32(long src, int bits) { return zext32(movsx64(src, bits)); }

    /** A sign-extending load of {@code bytes} (1, 2 or 4). */
    public static long signExtend(long value, int bytes) {
        return switch (bytes) {
            case 1 -> (byte) value;
            case 2 -> (short) value;
            case 4 -> (int) value;
            default -> value;
        };
    }

    // ---- byte order (the machine is little-endian)

    public static long bswap16(long value) { return Short.reverseBytes((short) value) & 0xffffL; }

    public static long bswap32(long value) { return zext32(Integer.reverseBytes((int) value)); }

    public static long bswap64(long value) { return Long.reverseBytes(value); }

    /** {@code le16/le32/le64}: on a little-endian machine, truncation to the width. */
    public static long toLittleEndian(long value, int bits) {
        return switch (bits) {
            case 16 -> value & 0xffffL;
            case 32 -> zext32(value);
            default -> value;
        };
    }

    /** {@code be16/be32/be64} and {@code bswap16/32/64}: byte swap of the low {@code bits}. */
    public static long byteSwap(long value, int bits) {
        return switch (bits) {
            case 16 -> bswap16(value);
            case 32 -> bswap32(value);
            default -> bswap64(value);
        };
    }

    // ---- conditions (32-bit forms compare the low halves)

    public static boolean jgt(long a, long b) { return Long.compareUnsigned(a, b) > 0; }

    public static boolean jge(long a, long b) { return Long.compareUnsigned(a, b) >= 0; }

    public static boolean jlt(long a, long b) { return Long.compareUnsigned(a, b) < 0; }

    public static boolean jle(long a, long b) { return Long.compareUnsigned(a, b) <= 0; }

    public static boolean jgt32(long a, long b) { return Integer.compareUnsigned((int) a, (int) b) > 0; }

    public static boolean jge32(long a, long b) { return Integer.compareUnsigned((int) a, (int) b) >= 0; }

    public static boolean jlt32(long a, long b) { return Integer.compareUnsigned((int) a, (int) b) < 0; }

    public static boolean jle32(long a, long b) { return Integer.compareUnsigned((int) a, (int) b) <= 0; }

    // ---- legacy packet access (LD_ABS, LD_IND)

    /** A legacy packet load: the bytes in network order, or -1 when they are outside the packet. */
    public static long loadPacket(Memory memory, long offset, int bytes, int at) {
        long packet = memory.packetAddress();
        if (packet == 0 || offset < 0 || offset > Memory.MAX_REGION_SIZE
                || !memory.isAccessible(packet + offset, bytes, Access.READ)) {
            return -1;
        }
        long value = memory.load(packet + offset, bytes, at);
        return bytes == 1 ? value : Semantics.byteSwap(value, bytes * 8);
    }
}
