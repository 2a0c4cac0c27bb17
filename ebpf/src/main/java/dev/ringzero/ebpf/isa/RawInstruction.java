package dev.ringzero.ebpf.isa;

/** The five fields of one 8-byte instruction slot, as they are encoded (little-endian). */
public record RawInstruction(int opcode, int dst, int src, short offset, int imm) {

    public static final int SIZE = 8;

    public static RawInstruction read(byte[] code, int byteOffset) {
        int opcode = code[byteOffset] & 0xff;
        int regs = code[byteOffset + 1] & 0xff;
        short offset = (short) ((code[byteOffset + 2] & 0xff) | (code[byteOffset + 3] & 0xff) << 8);
        int imm = (code[byteOffset + 4] & 0xff) | (code[byteOffset + 5] & 0xff) << 8
                | (code[byteOffset + 6] & 0xff) << 16 | (code[byteOffset + 7] & 0xff) << 24;
        return new RawInstruction(opcode, regs & 0x0f, regs >>> 4, offset, imm);
    }

    public void write(byte[] code, int byteOffset) {
        code[byteOffset] = (byte) opcode;
        code[byteOffset + 1] = (byte) ((src & 0x0f) << 4 | (dst & 0x0f));
        code[byteOffset + 2] = (byte) offset;
        code[byteOffset + 3] = (byte) (offset >> 8);
        code[byteOffset + 4] = (byte) imm;
        code[byteOffset + 5] = (byte) (imm >> 8);
        code[byteOffset + 6] = (byte) (imm >> 16);
        code[byteOffset + 7] = (byte) (imm >> 24);
    }

    public int instructionClass() { return opcode & 0x07; }
}
