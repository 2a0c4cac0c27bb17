package dev.ringzero.ebpf.isa;

import static dev.ringzero.ebpf.isa.Instruction.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The text {@code llvm-objdump -d} (LLVM 14) prints for each instruction, e.g. {@code r1 = *(u32 *)(r1 + 0)},
 * {@code if w1 s> -6 goto +1 <LBB1_16>}, {@code r1 = 1234567890123 ll}.
 *
 * <p>Where LLVM 14 prints {@code <unknown>} for a valid RFC 9669 instruction this prints the spelling of
 * newer LLVM (17+) instead: {@code r1 s/= r2}, {@code r1 %= 7}, {@code if r1 & r2 goto +1},
 * {@code r1 = (s8)r2}, {@code r1 = *(s8 *)(r2 + 0)}, {@code *(u32 *)(r1 + 0) = 5}, {@code r1 = bswap16 r1},
 * {@code gotol +70000}, {@code callx r2}. Two deliberate differences from LLVM keep the text faithful to
 * the bytes: an indirect packet load with a nonzero imm prints {@code skb[r1 + 14]} (LLVM drops the
 * imm), and {@code callx} names its dst register (LLVM 14 reads the imm field).
 *
 * <p>LLVM's own text says less than the bytes in three places, and this follows it: {@code call N} does
 * not tell a helper from a local function or kfunc, {@code ld_pseudo r1, 2, 3} omits the second
 * immediate, and without alu32 a 32-bit fetch-add prints as {@code lock *(u32 *)(r1 + 0) += r2}.
 */
public final class Disassembler {

    private static final HexFormat BYTES = HexFormat.ofDelimiter(" ");

    private Disassembler() {}

    /** The text {@code llvm-objdump -d} prints for {@code insn} at slot {@code pc}. */
    public static String format(Instruction insn, int pc, LabelResolver labels) {
        return format(insn, pc, labels, LlvmSyntax.DEFAULT);
    }

    /** The text llvm-objdump prints for {@code insn} at slot {@code pc} in the given register view. */
    public static String format(Instruction insn, int pc, LabelResolver labels, LlvmSyntax syntax) {
        Objects.requireNonNull(insn, "insn");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(syntax, "syntax");
        boolean alu32 = syntax == LlvmSyntax.ALU32;
        return switch (insn) {
            case Alu a -> alu(a);
            case Endian e -> endian(e);
            case Jump j -> jump(j, pc, labels);
            case Call c -> "call " + c.imm();
            case CallReg c -> "callx " + r(c.reg());
            case Exit x -> "exit";
            case Load l -> load(l, alu32);
            case Store s -> store(s, alu32);
            case LoadImm64 l -> l.kind() == ImmKind.IMM64
                    ? r(l.dst()) + " = " + l.value() + " ll"
                    : "ld_pseudo\t" + r(l.dst()) + ", " + l.kind().src() + ", " + Integer.toUnsignedString(l.firstImm());
            case Atomic a -> atomic(a, alu32);
            case LoadPacket p -> "r0 = *(" + p.size().cType() + " *)skb[" + packetOffset(p) + "]";
        };
    }

    /**
     * One line of llvm-objdump's listing: the slot right-aligned in 8 columns, a colon and a tab, the
     * instruction's bytes (16 of them for {@code lddw}, which llvm-objdump prints on one line), a tab and
     * the text.
     */
    public static String formatLine(int pc, byte[] slotBytes, String text) {
        Objects.requireNonNull(slotBytes, "slotBytes");
        if (slotBytes.length != RawInstruction.SIZE && slotBytes.length != 2 * RawInstruction.SIZE) {
            throw new IllegalArgumentException("an instruction has 8 or 16 bytes, not " + slotBytes.length);
        }
        return String.format("%8d:\t%s\t%s", pc, BYTES.formatHex(slotBytes), text);
    }

    /** Every instruction of {@code code} as llvm-objdump lists it (instruction lines only, no symbol headers). */
    public static List<String> listing(Code code, LabelResolver labels, LlvmSyntax syntax) {
        byte[] text = code.encode();
        List<String> lines = new ArrayList<>();
        for (Code.At at : code.instructions()) {
            int from = at.pc() * RawInstruction.SIZE;
            byte[] bytes = Arrays.copyOfRange(text, from, from + at.instruction().slots() * RawInstruction.SIZE);
            lines.add(formatLine(at.pc(), bytes, format(at.instruction(), at.pc(), labels, syntax)));
        }
        return lines;
    }

    private static String alu(Alu a) {
        String dst = a.wide() ? r(a.dst()) : w(a.dst());
        String src = switch (a.operand()) {
            case Operand.Reg reg -> a.wide() ? r(reg.reg()) : w(reg.reg());
            case Operand.Imm imm -> Integer.toString(imm.value());
        };
        return switch (a.op()) {
            case NEG -> dst + " = -" + dst;
            case MOVSX8, MOVSX16, MOVSX32 -> dst + " " + a.op().symbol() + src;
            default -> dst + " " + a.op().symbol() + " " + src;
        };
    }

    private static String endian(Endian e) {
        String name = switch (e.order()) {
            case TO_LE -> "le";
            case TO_BE -> "be";
            case SWAP -> "bswap";
        };
        return r(e.dst()) + " = " + name + e.bits() + " " + r(e.dst());
    }

    private static String jump(Jump j, int pc, LabelResolver labels) {
        long targetPc = (long) pc + 1 + j.offset();
        String label = targetPc < 0 || targetPc > Integer.MAX_VALUE ? ""
                : labels.labelAt((int) targetPc).map(name -> " <" + name + ">").orElse("");
        String target = (j.offset() >= 0 ? "+" : "") + j.offset() + label;
        if (j.isUnconditional()) {
            return (j.wide() ? "goto " : "gotol ") + target;
        }
        String dst = j.wide() ? r(j.dst()) : w(j.dst());
        String src = switch (j.operand()) {
            case Operand.Reg reg -> j.wide() ? r(reg.reg()) : w(reg.reg());
            case Operand.Imm imm -> Integer.toString(imm.value());
        };
        return "if " + dst + " " + j.op().symbol() + " " + src + " goto " + target;
    }

    private static String load(Load l, boolean alu32) {
        String type = l.signExtend() ? "s" + l.size().bytes() * 8 : l.size().cType();
        String dst = alu32 && !l.signExtend() && l.size() != Size.DW ? w(l.dst()) : r(l.dst());
        return dst + " = *(" + type + " *)(" + address(l.src(), l.offset()) + ")";
    }

    private static String store(Store s, boolean alu32) {
        String value = switch (s.value()) {
            case Operand.Reg reg -> alu32 && s.size() != Size.DW ? w(reg.reg()) : r(reg.reg());
            case Operand.Imm imm -> Integer.toString(imm.value());
        };
        return "*(" + s.size().cType() + " *)(" + address(s.dst(), s.offset()) + ") = " + value;
    }

    private static String atomic(Atomic a, boolean alu32) {
        boolean wide = a.size() == Size.DW;
        String type = a.size().cType();
        String address = address(a.dst(), a.offset());
        if (!wide && !alu32 && (a.op() == AtomicOp.ADD || a.op() == AtomicOp.FETCH_ADD)) {
            // Without alu32, LLVM decodes both with its one 32-bit atomic, XADDW, which ignores the fetch bit.
            return "lock *(" + type + " *)(" + address + ") += " + r(a.src());
        }
        String src = wide ? r(a.src()) : w(a.src());
        return switch (a.op()) {
            case ADD -> "lock *(" + type + " *)(" + address + ") += " + src;
            case OR -> "lock *(" + type + " *)(" + address + ") |= " + src;
            case AND -> "lock *(" + type + " *)(" + address + ") &= " + src;
            case XOR -> "lock *(" + type + " *)(" + address + ") ^= " + src;
            case FETCH_ADD -> src + " = atomic_fetch_add((" + type + " *)(" + address + "), " + src + ")";
            case FETCH_OR -> src + " = atomic_fetch_or((" + type + " *)(" + address + "), " + src + ")";
            case FETCH_AND -> src + " = atomic_fetch_and((" + type + " *)(" + address + "), " + src + ")";
            case FETCH_XOR -> src + " = atomic_fetch_xor((" + type + " *)(" + address + "), " + src + ")";
            case XCHG -> src + " = " + (wide ? "xchg_64(" : "xchg32_32(") + address + ", " + src + ")";
            case CMPXCHG -> wide
                    ? "r0 = cmpxchg_64(" + address + ", r0, " + src + ")"
                    : "w0 = cmpxchg32_32(" + address + ", w0, " + src + ")";
        };
    }

    private static String packetOffset(LoadPacket p) {
        if (!p.indirect()) {
            return Integer.toString(p.imm());
        }
        if (p.imm() == 0) {
            return r(p.src());
        }
        return address(p.src(), p.imm());
    }

    /** {@code r10 - 8}, {@code r1 + 0}: LLVM's memory operand. */
    private static String address(int reg, int offset) {
        return offset < 0 ? r(reg) + " - " + -(long) offset : r(reg) + " + " + offset;
    }

    private static String r(int reg) { return "r" + reg; }

    private static String w(int reg) { return "w" + reg; }
}
