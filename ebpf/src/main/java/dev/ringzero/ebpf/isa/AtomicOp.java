package dev.ringzero.ebpf.isa;

/** Atomic read-modify-write operations, encoded in the imm field of a STX|ATOMIC instruction. */
public enum AtomicOp {
    ADD(0x00),
    OR(0x40),
    AND(0x50),
    XOR(0xa0),
    FETCH_ADD(0x01),
    FETCH_OR(0x41),
    FETCH_AND(0x51),
    FETCH_XOR(0xa1),
    XCHG(0xe1),
    CMPXCHG(0xf1);

    private final int imm;

    AtomicOp(int imm) {
        this.imm = imm;
    }

    public int imm() { return imm; }

    /** True when the old value is returned (in the source register, or r0 for cmpxchg). */
    public boolean fetches() { return (imm & 0x01) != 0; }

    public static AtomicOp decode(int imm) {
        for (AtomicOp op : values()) {
            if (op.imm == imm) {
                return op;
            }
        }
        return null;
    }
}
