package dev.ringzero.ebpf.platform;

/**
 * What a helper requires of one argument register, in the terms both the Linux verifier and
 * PREVAIL (eBPF for Windows) use. A size argument ({@link #MEM_SIZE}, {@link #MEM_SIZE_OR_ZERO})
 * gives the size of the memory pointer argument just before it.
 */
public enum ArgumentKind {
    /** Any initialized value. */
    ANYTHING,
    /** The program's context pointer, unmodified. */
    CTX,
    /** A map (from an {@code lddw} of a map reference). */
    MAP_PTR,
    /** A program array map. */
    PROG_ARRAY_PTR,
    /** Readable memory of the map's key size. */
    KEY_PTR,
    /** Readable memory of the map's value size. */
    VALUE_PTR,
    /** Writable memory of the map's value size; the helper fills it. */
    UNINIT_VALUE_PTR,
    /** Readable, initialized memory of the size given by the next argument. */
    READABLE_MEM_PTR,
    /** Like {@link #READABLE_MEM_PTR}, or null when the size is zero. */
    READABLE_MEM_PTR_OR_NULL,
    /** Writable memory of the size given by the next argument; the helper fills it. */
    WRITABLE_MEM_PTR,
    /** A known-bounded size greater than zero. */
    MEM_SIZE,
    /** A known-bounded size, possibly zero. */
    MEM_SIZE_OR_ZERO,
    /** Initialized memory of the size given by the next argument that the helper reads and may also write. */
    UPDATED_MEM_PTR,
    /** Like {@link #UPDATED_MEM_PTR}, or null when the size is zero. */
    UPDATED_MEM_PTR_OR_NULL,
    /** A constant size (possibly zero) of memory the helper allocates (Linux {@code ARG_CONST_ALLOC_SIZE_OR_ZERO}). */
    ALLOC_SIZE_OR_ZERO,
    /** Memory a ring buffer reservation returned, unmodified; the helper releases it (submit, discard). */
    RINGBUF_MEM_RELEASE,
    /** A NUL-terminated constant string in a read-only map value ({@code .rodata}). */
    CONST_STRING,
    /** A static function the helper calls back (Linux {@code ARG_PTR_TO_FUNC}). */
    CALLBACK,
    /** A {@code struct bpf_spin_lock} inside a map value. */
    SPIN_LOCK_PTR,
}
