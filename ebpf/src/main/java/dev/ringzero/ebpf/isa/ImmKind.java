package dev.ringzero.ebpf.isa;

/** The src field of a {@code lddw}: a plain constant or one of the loader's pseudo forms. */
public enum ImmKind {
    /** A 64-bit constant. */
    IMM64(0),
    /** imm = map fd (or, in an ELF object, a relocation to a map symbol). */
    MAP_FD(1),
    /** imm = map fd, next imm = offset into the map's value (global data). */
    MAP_VALUE(2),
    BTF_ID(3),
    /** imm = pc-relative offset of a function (callback address). */
    FUNC(4),
    MAP_IDX(5),
    MAP_IDX_VALUE(6);

    private final int src;

    ImmKind(int src) {
        this.src = src;
    }

    public int src() { return src; }

    public static ImmKind decode(int src) {
        for (ImmKind kind : values()) {
            if (kind.src == src) {
                return kind;
            }
        }
        return null;
    }
}
