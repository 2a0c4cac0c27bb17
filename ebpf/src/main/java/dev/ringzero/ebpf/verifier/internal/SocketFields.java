package dev.ringzero.ebpf.verifier.internal;

/**
 * Reads through a socket pointer ({@code struct bpf_sock}, as {@code __sk_buff->sk} gives it), with the
 * rules of Linux's {@code bpf_sock_common_is_valid_access}: read only; {@code type}, {@code protocol},
 * {@code mark} and {@code priority} (offsets 8..23) are not part of a socket's common fields; the 4-byte
 * fields may be read narrower from their start, {@code dst_port} as 2 or 4 bytes, the rest whole.
 */
final class SocketFields {
    /** {@code sizeof(struct bpf_sock)}. */
    static final int SIZE = 80;
    private static final int DST_PORT = 48;

    private SocketFields() {}

    static Value read(int pc, int reg, int off, int size, boolean write) {
        if (write) {
            throw new Rejection(pc, "invalid sock_common access off=" + off + " size=" + size + ": r" + reg
                    + " points to a socket, whose fields are read-only");
        }
        if (!readable(off, size)) {
            throw new Rejection(pc, "invalid sock_common access off=" + off + " size=" + size + ": struct bpf_sock has no "
                    + size + "-byte field a program may read there (readable: bound_dev_if, family, src_ip4, src_ip6, src_port,"
                    + " dst_port, dst_ip4, dst_ip6, state, rx_queue_mapping)");
        }
        return Value.scalar(Scalar.range(0, size == 8 ? -1L : (1L << (8 * size)) - 1));
    }

    private static boolean readable(int off, int size) {
        if (off < 0 || off >= SIZE || off % size != 0 || (off >= 8 && off < 24)) {
            return false;
        }
        if (off == 0) {
            return size == 4; // bound_dev_if
        }
        if (off >= DST_PORT && off < DST_PORT + 4) {
            // a 2-byte field in a 4-byte slot: 4 bytes at its start, or up to 2 bytes inside the port
            return off == DST_PORT ? size <= 4 : off == DST_PORT + 1 && size == 1;
        }
        // family, src_ip4, src_ip6[4], src_port, dst_ip4, dst_ip6[4], state, rx_queue_mapping: 4-byte fields,
        // readable whole or in aligned narrower pieces
        return size <= 4;
    }
}
