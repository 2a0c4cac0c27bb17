package dev.ringzero.ebpf.isa;

/** Register numbering of the eBPF machine: r0..r9 general purpose, r10 the read-only frame pointer. */
public final class Registers {
    public static final int R0 = 0;
    public static final int R1 = 1;
    public static final int R5 = 5;
    public static final int R6 = 6;
    public static final int R9 = 9;
    public static final int FP = 10;
    public static final int COUNT = 11;

    private Registers() {}

    static void check(int reg) {
        if (reg < 0 || reg >= COUNT) {
            throw new IllegalArgumentException("no register r" + reg);
        }
    }
}
