package dev.ringzero.ebpf.isa;

/** Jump conditions, bits 4-7 of a JMP/JMP32 opcode. CALL (0x80) and EXIT (0x90) are separate instructions. */
public enum JumpOp {
    JA(0x00, null),
    JEQ(0x10, "=="),
    JGT(0x20, ">"),
    JGE(0x30, ">="),
    JSET(0x40, "&"),
    JNE(0x50, "!="),
    JSGT(0x60, "s>"),
    JSGE(0x70, "s>="),
    JLT(0xa0, "<"),
    JLE(0xb0, "<="),
    JSLT(0xc0, "s<"),
    JSLE(0xd0, "s<=");

    private final int code;
    private final String symbol;

    JumpOp(int code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    public int code() { return code; }

    /** The comparison llvm-objdump prints, e.g. {@code s>=}; null for JA. */
    public String symbol() { return symbol; }

    public static JumpOp decode(int code) {
        for (JumpOp op : values()) {
            if (op.code == code) {
                return op;
            }
        }
        return null;
    }
}
