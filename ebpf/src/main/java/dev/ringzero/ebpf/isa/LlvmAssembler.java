package dev.ringzero.ebpf.isa;

import static dev.ringzero.ebpf.isa.Instruction.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses LLVM's BPF assembly syntax, the text {@link Disassembler} prints, back into {@link Instruction}s.
 * Both register views are accepted: {@code w1 = *(u32 *)(r2 + 0)} and {@code r1 = *(u32 *)(r2 + 0)} are the
 * same load.
 *
 * <p>Where LLVM's text does not say everything the bytes do, the plain instruction is chosen: {@code call 5}
 * is a helper call (write {@code call label} for a local function), {@code lock *(u32 *)(r1 + 0) += r2} is a
 * non-fetching add, and {@code ld_pseudo r1, 2, 3} has a zero second immediate.
 */
public final class LlvmAssembler {

    private static final String REG = "([rw])(\\d+)";
    private static final String NUM = "([+-]?(?:0[xX][0-9a-fA-F]+|\\d+))";
    private static final String TARGET = "([+-]\\d+|[A-Za-z_.$][\\w.$]*)";
    private static final String MEM = "r(\\d+) ?([+-]) ?(\\d+)";
    private static final String TYPE = "([us](?:8|16|32|64))";

    private static final Pattern EXIT = Pattern.compile("exit");
    private static final Pattern CALL = Pattern.compile("call ([+-]?\\d+|[A-Za-z_.$][\\w.$]*)");
    private static final Pattern DIRECTIVE = Pattern.compile("\\.(text|globl|global|section)(?: .*)?");
    private static final Pattern CALLX = Pattern.compile("callx " + REG);
    private static final Pattern GOTO = Pattern.compile("(gotol?) " + TARGET);
    private static final Pattern IF = Pattern.compile("if " + REG + " (==|!=|>=|>|<=|<|s>=|s>|s<=|s<|&) (?:" + REG + "|" + NUM + ") goto " + TARGET);
    private static final Pattern LDDW = Pattern.compile(REG + " = " + NUM + " ll");
    private static final Pattern LD_PSEUDO = Pattern.compile("ld_pseudo " + REG + ", ?(\\d+), ?" + NUM);
    private static final Pattern PACKET = Pattern.compile(REG + " = \\*\\(" + TYPE + " \\*\\)skb\\[(?:" + NUM + "|r(\\d+)(?: ?([+-]) ?(\\d+))?)\\]");
    private static final Pattern LOAD = Pattern.compile(REG + " = \\*\\(" + TYPE + " \\*\\)\\(" + MEM + "\\)");
    private static final Pattern STORE = Pattern.compile("\\*\\(" + TYPE + " \\*\\)\\(" + MEM + "\\) = (?:" + REG + "|" + NUM + ")");
    private static final Pattern LOCK = Pattern.compile("lock \\*\\(" + TYPE + " \\*\\)\\(" + MEM + "\\) ([+|&^])= " + REG);
    private static final Pattern FETCH = Pattern.compile(REG + " = atomic_fetch_(add|or|and|xor)\\(\\(" + TYPE + " \\*\\)\\(" + MEM + "\\), ?" + REG + "\\)");
    private static final Pattern XCHG = Pattern.compile(REG + " = (xchg_64|xchg32_32)\\(" + MEM + ", ?" + REG + "\\)");
    private static final Pattern CMPXCHG = Pattern.compile(REG + " = (cmpxchg_64|cmpxchg32_32)\\(" + MEM + ", ?" + REG + ", ?" + REG + "\\)");
    private static final Pattern ENDIAN = Pattern.compile(REG + " = (le|be|bswap)(16|32|64) " + REG);
    private static final Pattern NEG = Pattern.compile(REG + " = -" + REG);
    private static final Pattern MOVSX = Pattern.compile(REG + " = \\((s8|s16|s32)\\) ?" + REG);
    private static final Pattern ALU = Pattern.compile(REG + " (\\+=|-=|\\*=|/=|s/=|\\|=|&=|<<=|>>=|s>>=|%=|s%=|\\^=|=) (?:" + REG + "|" + NUM + ")");
    private static final Pattern LABEL = Pattern.compile("([A-Za-z_.$][\\w.$]*):");
    private static final Pattern ANNOTATION = Pattern.compile(" <[^<> ]+>$");

    private LlvmAssembler() {}

    /**
     * One instruction, as {@link Disassembler#format} prints it; jump offsets are numbers ({@code +3},
     * {@code -5}) and a trailing {@code <label>} annotation is ignored.
     */
    public static Instruction parse(String text) {
        Objects.requireNonNull(text, "text");
        return parse(normalize(text), 0, 0, Map.of());
    }

    /**
     * A program: one instruction per line, {@code name:} labels that jumps ({@code goto name},
     * {@code if r1 > 2 goto name}) and local calls ({@code call name}) may target, and comments from
     * {@code #}, {@code ;} or {@code //} to the end of the line. The section directives of an llvm-mc source
     * ({@code .text}, {@code .globl f}, {@code .section name}) are ignored; any other directive is an error.
     */
    public static Code assemble(String source) {
        Objects.requireNonNull(source, "source");
        record Pending(int line, int pc, String text) {}
        List<Pending> pending = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        int pc = 0;
        String[] lines = source.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String text = normalize(withoutComment(lines[i]));
            Matcher label;
            while ((label = LABEL.matcher(text.split(" ", 2)[0])).matches()) {
                if (labels.putIfAbsent(label.group(1), pc) != null) {
                    throw new LlvmSyntaxException(i + 1, "label " + label.group(1) + " defined twice");
                }
                text = text.substring(label.group(0).length()).strip();
            }
            if (text.isEmpty() || DIRECTIVE.matcher(text).matches()) {
                continue;
            }
            if (text.startsWith(".")) {
                throw new LlvmSyntaxException(i + 1, "unsupported directive: '" + text + "'");
            }
            pending.add(new Pending(i + 1, pc, text));
            pc += text.endsWith(" ll") || text.startsWith("ld_pseudo ") ? 2 : 1;
        }
        List<Instruction> instructions = new ArrayList<>();
        for (Pending p : pending) {
            instructions.add(parse(p.text(), p.line(), p.pc(), labels));
        }
        return Code.of(instructions);
    }

    private static Instruction parse(String text, int line, int pc, Map<String, Integer> labels) {
        var p = new Parser(text, line, pc, labels);
        Matcher m;
        if (EXIT.matcher(text).matches()) {
            return new Exit();
        }
        if ((m = CALLX.matcher(text)).matches()) {
            return new CallReg(p.reg(m, 1, true));
        }
        if ((m = CALL.matcher(text)).matches()) {
            String target = m.group(1);
            if (Character.isDigit(target.charAt(target.length() - 1)) && !Character.isLetter(target.charAt(0))) {
                return new Call(CallKind.HELPER, p.int32(target));
            }
            return new Call(CallKind.LOCAL, p.target(target, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if ((m = GOTO.matcher(text)).matches()) {
            boolean wide = m.group(1).equals("goto");
            int offset = wide ? p.target(m.group(2), Short.MIN_VALUE, Short.MAX_VALUE)
                    : p.target(m.group(2), Integer.MIN_VALUE, Integer.MAX_VALUE);
            return new Jump(JumpOp.JA, wide, 0, Operand.imm(0), offset);
        }
        if ((m = IF.matcher(text)).matches()) {
            boolean wide = m.group(1).equals("r");
            int dst = p.reg(m, 1, wide);
            JumpOp op = jumpOp(m.group(3));
            Operand operand = m.group(4) != null ? Operand.reg(p.reg(m, 4, wide)) : Operand.imm(p.int32(m.group(6)));
            return new Jump(op, wide, dst, operand, p.target(m.group(7), Short.MIN_VALUE, Short.MAX_VALUE));
        }
        if ((m = LDDW.matcher(text)).matches()) {
            return new LoadImm64(p.reg(m, 1, true), ImmKind.IMM64, p.int64(m.group(3)));
        }
        if ((m = LD_PSEUDO.matcher(text)).matches()) {
            ImmKind kind = m.group(3).length() > 1 ? null : ImmKind.decode(Integer.parseInt(m.group(3)));
            if (kind == null || kind == ImmKind.IMM64) {
                throw p.fail("no pseudo lddw source " + m.group(3));
            }
            return new LoadImm64(p.reg(m, 1, true), kind, p.int32(m.group(4)) & 0xffff_ffffL);
        }
        if ((m = PACKET.matcher(text)).matches()) {
            if (p.reg(m, 1, true) != Registers.R0) {
                throw p.fail("packet loads write r0");
            }
            Size size = p.unsigned(m.group(3), false);
            if (m.group(4) != null) {
                return new LoadPacket(size, false, 0, p.int32(m.group(4)));
            }
            int imm = m.group(6) == null ? 0 : p.int32(m.group(6) + m.group(7));
            return new LoadPacket(size, true, p.regNumber(m.group(5)), imm);
        }
        if ((m = LOAD.matcher(text)).matches()) {
            boolean signed = m.group(3).startsWith("s");
            Size size = signed ? p.signed(m.group(3)) : p.unsigned(m.group(3), true);
            boolean wideDst = m.group(1).equals("r");
            if (!wideDst && (signed || size == Size.DW)) {
                throw p.fail("a " + m.group(3) + " load writes a 64-bit register");
            }
            return new Load(size, signed, p.reg(m, 1, wideDst), p.regNumber(m.group(4)), p.offset(m, 5));
        }
        if ((m = STORE.matcher(text)).matches()) {
            Size size = p.unsigned(m.group(1), true);
            int dst = p.regNumber(m.group(2));
            int offset = p.offset(m, 3);
            if (m.group(5) != null) {
                return new Store(size, dst, offset, Operand.reg(p.narrowable(m, 5, size)));
            }
            return new Store(size, dst, offset, Operand.imm(p.int32(m.group(7))));
        }
        if ((m = LOCK.matcher(text)).matches()) {
            Size size = p.atomicSize(m.group(1));
            AtomicOp op = switch (m.group(5)) {
                case "+" -> AtomicOp.ADD;
                case "|" -> AtomicOp.OR;
                case "&" -> AtomicOp.AND;
                default -> AtomicOp.XOR;
            };
            return new Atomic(op, size, p.regNumber(m.group(2)), p.narrowable(m, 6, size), p.offset(m, 3));
        }
        if ((m = FETCH.matcher(text)).matches()) {
            Size size = p.atomicSize(m.group(4));
            AtomicOp op = switch (m.group(3)) {
                case "add" -> AtomicOp.FETCH_ADD;
                case "or" -> AtomicOp.FETCH_OR;
                case "and" -> AtomicOp.FETCH_AND;
                default -> AtomicOp.FETCH_XOR;
            };
            int dst = p.reg(m, 1, size == Size.DW);
            int src = p.reg(m, 8, size == Size.DW);
            p.same(dst, src, "the fetched value goes to the source register");
            return new Atomic(op, size, p.regNumber(m.group(5)), src, p.offset(m, 6));
        }
        if ((m = XCHG.matcher(text)).matches()) {
            Size size = m.group(3).equals("xchg_64") ? Size.DW : Size.W;
            int dst = p.reg(m, 1, size == Size.DW);
            int src = p.reg(m, 7, size == Size.DW);
            p.same(dst, src, "xchg returns the old value in its source register");
            return new Atomic(AtomicOp.XCHG, size, p.regNumber(m.group(4)), src, p.offset(m, 5));
        }
        if ((m = CMPXCHG.matcher(text)).matches()) {
            Size size = m.group(3).equals("cmpxchg_64") ? Size.DW : Size.W;
            boolean wide = size == Size.DW;
            if (p.reg(m, 1, wide) != Registers.R0 || p.reg(m, 7, wide) != Registers.R0) {
                throw p.fail("cmpxchg compares with and returns in r0");
            }
            return new Atomic(AtomicOp.CMPXCHG, size, p.regNumber(m.group(4)), p.reg(m, 9, wide), p.offset(m, 5));
        }
        if ((m = ENDIAN.matcher(text)).matches()) {
            int dst = p.reg(m, 1, true);
            p.same(dst, p.reg(m, 5, true), "a byte swap works in place");
            ByteOrder order = switch (m.group(3)) {
                case "le" -> ByteOrder.TO_LE;
                case "be" -> ByteOrder.TO_BE;
                default -> ByteOrder.SWAP;
            };
            return new Endian(order, Integer.parseInt(m.group(4)), dst);
        }
        if ((m = NEG.matcher(text)).matches()) {
            boolean wide = m.group(1).equals("r");
            int dst = p.reg(m, 1, wide);
            p.same(dst, p.reg(m, 3, wide), "negation works in place");
            return new Alu(AluOp.NEG, wide, dst, Operand.imm(0));
        }
        if ((m = MOVSX.matcher(text)).matches()) {
            boolean wide = m.group(1).equals("r");
            AluOp op = switch (m.group(3)) {
                case "s8" -> AluOp.MOVSX8;
                case "s16" -> AluOp.MOVSX16;
                default -> AluOp.MOVSX32;
            };
            if (!wide && op == AluOp.MOVSX32) {
                throw p.fail("no 32-bit sign extension of a 32-bit register");
            }
            return new Alu(op, wide, p.reg(m, 1, wide), Operand.reg(p.reg(m, 4, wide)));
        }
        if ((m = ALU.matcher(text)).matches()) {
            boolean wide = m.group(1).equals("r");
            AluOp op = aluOp(m.group(3));
            Operand operand = m.group(4) != null ? Operand.reg(p.reg(m, 4, wide)) : Operand.imm(p.int32(m.group(6)));
            return new Alu(op, wide, p.reg(m, 1, wide), operand);
        }
        throw p.fail("not an instruction");
    }

    private static JumpOp jumpOp(String symbol) {
        for (JumpOp op : JumpOp.values()) {
            if (symbol.equals(op.symbol())) {
                return op;
            }
        }
        throw new AssertionError(symbol);
    }

    private static AluOp aluOp(String symbol) {
        for (AluOp op : AluOp.values()) {
            if (op != AluOp.NEG && symbol.equals(op.symbol())) {
                return op;
            }
        }
        throw new AssertionError(symbol);
    }

    private static String normalize(String text) {
        String flat = text.strip().replace('\t', ' ').replaceAll(" {2,}", " ");
        return ANNOTATION.matcher(flat).replaceFirst("");
    }

    private static String withoutComment(String line) {
        int end = line.length();
        for (String marker : List.of("#", ";", "//")) {
            int at = line.indexOf(marker);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return line.substring(0, end);
    }

    /** Operand conversions for one instruction, failing with its text and line. */
    private record Parser(String text, int line, int pc, Map<String, Integer> labels) {

        int reg(Matcher m, int group, boolean wide) {
            boolean isWide = m.group(group).equals("r");
            if (isWide != wide) {
                throw fail("expected " + (wide ? "a 64-bit register r" : "a 32-bit register w")
                        + m.group(group + 1) + ", not " + m.group(group) + m.group(group + 1));
            }
            return regNumber(m.group(group + 1));
        }

        /** A register named {@code rN} or, for narrow accesses, {@code wN}. */
        int narrowable(Matcher m, int group, Size size) {
            return reg(m, group, size == Size.DW || m.group(group).equals("r"));
        }

        int regNumber(String digits) {
            int reg = digits.length() > 2 ? Registers.COUNT : Integer.parseInt(digits);
            if (reg >= Registers.COUNT) {
                throw fail("no register r" + digits);
            }
            return reg;
        }

        int offset(Matcher m, int signGroup) {
            BigInteger value = number(m.group(signGroup) + m.group(signGroup + 1));
            if (value.bitLength() > 15 && !value.equals(BigInteger.valueOf(Short.MIN_VALUE))) {
                throw fail("offset " + value + " does not fit in 16 bits");
            }
            return value.intValue();
        }

        int target(String target, long min, long max) {
            long offset;
            if (target.startsWith("+") || target.startsWith("-")) {
                BigInteger value = number(target);
                if (value.bitLength() > 32) {
                    throw fail("jump offset " + target + " is out of range");
                }
                offset = value.longValue();
            } else {
                Integer at = labels.get(target);
                if (at == null) {
                    throw fail("no label " + target);
                }
                offset = (long) at - (pc + 1);
            }
            if (offset < min || offset > max) {
                throw fail("jump offset " + offset + " is out of range");
            }
            return (int) offset;
        }

        int int32(String literal) {
            BigInteger value = number(literal);
            if (value.bitLength() > 32 || value.signum() < 0 && value.bitLength() > 31) {
                throw fail("immediate " + literal + " does not fit in 32 bits");
            }
            return value.intValue();
        }

        long int64(String literal) {
            BigInteger value = number(literal);
            if (value.bitLength() > 64 || value.signum() < 0 && value.bitLength() > 63) {
                throw fail("immediate " + literal + " does not fit in 64 bits");
            }
            return value.longValue();
        }

        BigInteger number(String literal) {
            boolean negative = literal.startsWith("-");
            String digits = literal.startsWith("+") || negative ? literal.substring(1) : literal;
            BigInteger magnitude = digits.startsWith("0x") || digits.startsWith("0X")
                    ? new BigInteger(digits.substring(2), 16) : new BigInteger(digits);
            return negative ? magnitude.negate() : magnitude;
        }

        Size unsigned(String type, boolean allowDw) {
            Size size = switch (type) {
                case "u8" -> Size.B;
                case "u16" -> Size.H;
                case "u32" -> Size.W;
                case "u64" -> allowDw ? Size.DW : null;
                default -> null;
            };
            if (size == null) {
                throw fail("no " + type + " access here");
            }
            return size;
        }

        Size signed(String type) {
            return switch (type) {
                case "s8" -> Size.B;
                case "s16" -> Size.H;
                case "s32" -> Size.W;
                default -> throw fail("no sign-extending " + type + " load");
            };
        }

        Size atomicSize(String type) {
            return switch (type) {
                case "u32" -> Size.W;
                case "u64" -> Size.DW;
                default -> throw fail("atomic operations are u32 or u64, not " + type);
            };
        }

        void same(int a, int b, String why) {
            if (a != b) {
                throw fail(why);
            }
        }

        LlvmSyntaxException fail(String reason) {
            return new LlvmSyntaxException(line, reason + ": '" + text + "'");
        }
    }
}
