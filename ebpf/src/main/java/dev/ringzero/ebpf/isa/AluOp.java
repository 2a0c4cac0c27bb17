package dev.ringzero.ebpf.isa;

/**
 * ALU operations. Signed division/modulo and sign-extending moves are separate operations here
 * although they share their opcode with DIV/MOD/MOV and differ only in the offset field (RFC 9669).
 */
public enum AluOp {
    ADD(0x00, 0, "+="),
    SUB(0x10, 0, "-="),
    MUL(0x20, 0, "*="),
    DIV(0x30, 0, "/="),
    SDIV(0x30, 1, "s/="),
    OR(0x40, 0, "|="),
    AND(0x50, 0, "&="),
    LSH(0x60, 0, "<<="),
    RSH(0x70, 0, ">>="),
    NEG(0x80, 0, "= -"),
    MOD(0x90, 0, "%="),
    SMOD(0x90, 1, "s%="),
    XOR(0xa0, 0, "^="),
    MOV(0xb0, 0, "="),
    MOVSX8(0xb0, 8, "= (s8)"),
    MOVSX16(0xb0, 16, "= (s16)"),
    MOVSX32(0xb0, 32, "= (s32)"),
    ARSH(0xc0, 0, "s>>=");

    private final int code;
    private final int offset;
    private final String symbol;

    AluOp(int code, int offset, String symbol) {
        this.code = code;
        this.offset = offset;
        this.symbol = symbol;
    }

    /** Bits 4-7 of the opcode. */
    public int code() { return code; }

    /** The value the offset field carries for this operation. */
    public int offset() { return offset; }

    /** The operator llvm-objdump prints, e.g. {@code +=}. */
    public String symbol() { return symbol; }

    public boolean isUnary() { return this == NEG; }

    public static AluOp decode(int code, int offset) {
        for (AluOp op : values()) {
            if (op.code == code && op.offset == offset) {
                return op;
            }
        }
        return null;
    }
}
