package dev.ringzero.ebpf.isa;

/** Access width of a load, store or atomic operation, with its encoding in bits 3-4 of the opcode. */
public enum Size {
    W(4, 0x00, "u32"),
    H(2, 0x08, "u16"),
    B(1, 0x10, "u8"),
    DW(8, 0x18, "u64");

    private final int bytes;
    private final int encoding;
    private final String cType;

    Size(int bytes, int encoding, String cType) {
        this.bytes = bytes;
        this.encoding = encoding;
        this.cType = cType;
    }

    public int bytes() { return bytes; }

    public int encoding() { return encoding; }

    /** The C type llvm-objdump prints for this width, e.g. {@code u32}. */
    public String cType() { return cType; }

    public static Size fromEncoding(int opcode) {
        return switch (opcode & 0x18) {
            case 0x00 -> W;
            case 0x08 -> H;
            case 0x10 -> B;
            default -> DW;
        };
    }

    public static Size ofBytes(int bytes) {
        return switch (bytes) {
            case 1 -> B;
            case 2 -> H;
            case 4 -> W;
            case 8 -> DW;
            default -> throw new IllegalArgumentException("no access size of " + bytes + " bytes");
        };
    }
}
