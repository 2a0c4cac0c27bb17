package dev.ringzero.ebpf.elf;

/** The BPF ELF relocation types (r_info low 32 bits), with their wire numbers. */
public enum RelocationType {
    /** R_BPF_NONE. */
    NONE(0),
    /** R_BPF_64_64: the 64-bit immediate of an lddw (map, global data, function pointer). */
    R_BPF_64_64(1),
    /** R_BPF_64_ABS64: a 64-bit data word (debug info, map-in-map initial values in {@code .maps}). */
    R_BPF_64_ABS64(2),
    /** R_BPF_64_ABS32: a 32-bit data word (debug info). */
    R_BPF_64_ABS32(3),
    /** R_BPF_64_NODYLD32: a 32-bit data word not resolved at load (.BTF, .BTF.ext). */
    R_BPF_64_NODYLD32(4),
    /** R_BPF_64_32: the immediate of a bpf-to-bpf call. */
    R_BPF_64_32(10);

    private final int number;

    RelocationType(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The type with this wire number, or {@code null}. */
    public static RelocationType of(long number) {
        for (RelocationType type : VALUES) {
            if (type.number == number) {
                return type;
            }
        }
        return null;
    }

    private static final RelocationType[] VALUES = values();
}
