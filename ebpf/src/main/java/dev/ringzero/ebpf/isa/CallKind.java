package dev.ringzero.ebpf.isa;

/** What a CALL's imm names, from its src field: a helper id, a pc-relative local function, or a kfunc BTF id. */
public enum CallKind {
    HELPER(0),
    LOCAL(1),
    KFUNC(2);

    private final int src;

    CallKind(int src) {
        this.src = src;
    }

    public int src() { return src; }

    public static CallKind decode(int src) {
        for (CallKind kind : values()) {
            if (kind.src == src) {
                return kind;
            }
        }
        return null;
    }
}
