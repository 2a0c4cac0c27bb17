package dev.ringzero.ebpf.vm;

import java.util.function.LongSupplier;

/**
 * A context field that a program reads as a pointer: a load of exactly {@code size} bytes at
 * {@code offset} yields the full 64-bit {@code address}, whatever the field's declared width (Linux's
 * {@code xdp_md.data} is a 32-bit field, eBPF for Windows' {@code xdp_md_t.data} a 64-bit one). Any
 * other access overlapping the field faults, as does a store to it.
 */
public record PointerField(int offset, int size, LongSupplier address) {
    public PointerField {
        if (offset < 0) {
            throw new IllegalArgumentException("pointer field offset " + offset + " is negative");
        }
        if (size != 4 && size != 8) {
            throw new IllegalArgumentException("pointer field size must be 4 or 8 bytes, not " + size);
        }
    }

    /** A field whose value is a fixed address. */
    public static PointerField of(int offset, int size, long address) {
        return new PointerField(offset, size, () -> address);
    }

    boolean overlaps(long start, int length) {
        return start < offset + size && offset < start + length;
    }
}
