package dev.ringzero.ebpf.isa;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles the text syntax of the bpf_conformance tests (the ubpf assembler's syntax):
 * {@code mov %r0, 1}, {@code add32 %r1, %r2}, {@code ldxw %r0, [%r1+2]}, {@code stxdw [%r10-8], %r1},
 * {@code lddw %r0, 0x123456789}, {@code ja +1}, {@code jeq %r1, 5, label}, {@code call 1},
 * {@code call local label}, {@code call %r2}, {@code lock fetch add [%r10-8], %r1}, {@code be16 %r0},
 * {@code movsx1632 %r0, %r1}, {@code exit}, labels {@code name:} and {@code #} comments. As in the
 * reference assembler, the first {@code exit} also defines a label named {@code exit} unless the text
 * defines one.
 *
 * <p>Immediates are decimal (a signed 32-bit value) or hex (up to {@code 0xffffffff}, the bit
 * pattern); {@code lddw} takes 64-bit values. Anything else is an {@link AssemblerException}.
 */
public final class ConformanceAssembler {

    private static final Pattern REGISTER = Pattern.compile("%r(\\d+)");
    private static final Pattern MEMORY = Pattern.compile("\\[\\s*(%r\\w+)\\s*(?:([+-])\\s*(\\w+))?\\s*]");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z_.][\\w.]*");

    private static final Map<String, AluOp> ALU = Map.ofEntries(
            Map.entry("add", AluOp.ADD), Map.entry("sub", AluOp.SUB), Map.entry("mul", AluOp.MUL),
            Map.entry("div", AluOp.DIV), Map.entry("sdiv", AluOp.SDIV), Map.entry("or", AluOp.OR),
            Map.entry("and", AluOp.AND), Map.entry("lsh", AluOp.LSH), Map.entry("rsh", AluOp.RSH),
            Map.entry("mod", AluOp.MOD), Map.entry("smod", AluOp.SMOD), Map.entry("xor", AluOp.XOR),
            Map.entry("mov", AluOp.MOV), Map.entry("arsh", AluOp.ARSH));
    private static final Map<String, JumpOp> JUMPS = Map.ofEntries(
            Map.entry("jeq", JumpOp.JEQ), Map.entry("jgt", JumpOp.JGT), Map.entry("jge", JumpOp.JGE),
            Map.entry("jset", JumpOp.JSET), Map.entry("jne", JumpOp.JNE), Map.entry("jsgt", JumpOp.JSGT),
            Map.entry("jsge", JumpOp.JSGE), Map.entry("jlt", JumpOp.JLT), Map.entry("jle", JumpOp.JLE),
            Map.entry("jslt", JumpOp.JSLT), Map.entry("jsle", JumpOp.JSLE));
    private static final Map<String, Size> SIZES = Map.of("b", Size.B, "h", Size.H, "w", Size.W, "dw", Size.DW);
    private static final Map<String, AtomicOp> ATOMICS = Map.of(
            "add", AtomicOp.ADD, "or", AtomicOp.OR, "and", AtomicOp.AND, "xor", AtomicOp.XOR);
    private static final Map<String, AtomicOp> FETCH_ATOMICS = Map.of(
            "add", AtomicOp.FETCH_ADD, "or", AtomicOp.FETCH_OR, "and", AtomicOp.FETCH_AND, "xor", AtomicOp.FETCH_XOR);

    private ConformanceAssembler() {}

    /** Assembles a whole program. */
    public static Code assemble(String source) {
        return Code.of(assembleInstructions(source));
    }

    /** Assembles a whole program into its instructions, in order. */
    public static List<Instruction> assembleInstructions(String source) {
        return new Pass(source).run();
    }

    /** One assembly: the statements with their slots, then label resolution. */
    private static final class Pass {
        private final String[] lines;
        private final Map<String, Integer> labels = new HashMap<>();
        private final List<Statement> statements = new ArrayList<>();
        private int slot;
        private Integer firstExit;

        Pass(String source) {
            this.lines = source.split("\\R", -1);
        }

        List<Instruction> run() {
            for (int i = 0; i < lines.length; i++) {
                statement(i + 1, lines[i]);
            }
            if (firstExit != null) {
                labels.putIfAbsent("exit", firstExit);
            }
            List<Instruction> out = new ArrayList<>(statements.size());
            for (Statement s : statements) {
                out.add(s.build(this));
            }
            return out;
        }

        private void statement(int line, String text) {
            int hash = text.indexOf('#');
            String code = (hash >= 0 ? text.substring(0, hash) : text).strip();
            while (!code.isEmpty()) {
                int colon = code.indexOf(':');
                if (colon < 0 || !LABEL.matcher(code.substring(0, colon).strip()).matches()) {
                    break;
                }
                String label = code.substring(0, colon).strip();
                if (labels.putIfAbsent(label, slot) != null) {
                    throw new AssemblerException(line, "duplicate label " + label);
                }
                code = code.substring(colon + 1).strip();
            }
            if (code.isEmpty()) {
                return;
            }
            String[] parts = code.split("\\s+", 2);
            String mnemonic = parts[0].toLowerCase(Locale.ROOT);
            List<String> operands = operands(parts.length > 1 ? parts[1] : "");
            Statement s = new Parser(line, slot, mnemonic, operands).statement();
            statements.add(s);
            if (s.exit && firstExit == null) {
                firstExit = slot;
            }
            slot += s.slots;
        }

        int resolve(Target target, int fromSlot, int line) {
            if (target.label == null) {
                return target.offset;
            }
            Integer at = labels.get(target.label);
            if (at == null) {
                throw new AssemblerException(line, "Invalid label: " + target.label);
            }
            return at - fromSlot - 1;
        }
    }

    /** A parsed line: its slot count and how to build its instruction once labels are known. */
    private record Statement(int line, int slot, int slots, boolean exit, Builder builder) {
        Instruction build(Pass pass) {
            return builder.build(target -> pass.resolve(target, slot, line));
        }
    }

    @FunctionalInterface
    private interface Builder {
        Instruction build(TargetResolver resolver);
    }

    @FunctionalInterface
    private interface TargetResolver {
        int offset(Target target);
    }

    /** A jump or call target: a label, or a literal offset. */
    private record Target(String label, int offset) {}

    private static List<String> operands(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String op = part.strip();
            if (!op.isEmpty()) {
                out.addAll(List.of(op.split("\\s+(?![^\\[]*])")));
            }
        }
        return out;
    }

    /** Parses the operands of one statement. */
    private static final class Parser {
        private final int line;
        private final String mnemonic;
        private final List<String> ops;
        private final int slot;

        Parser(int line, int slot, String mnemonic, List<String> ops) {
            this.line = line;
            this.slot = slot;
            this.mnemonic = mnemonic;
            this.ops = ops;
        }

        private Statement one(Builder b) { return new Statement(line, slot, 1, false, b); }

        private Statement fixed(Instruction insn) { return new Statement(line, slot, insn.slots(), false, r -> insn); }

        Statement statement() {
            if (mnemonic.equals("exit")) {
                count(0);
                return new Statement(line, slot, 1, true, r -> new Instruction.Exit());
            }
            if (mnemonic.equals("lock")) {
                return lock();
            }
            if (mnemonic.equals("call")) {
                return call();
            }
            if (mnemonic.equals("lddw")) {
                count(2);
                return fixed(new Instruction.LoadImm64(reg(0), ImmKind.IMM64, imm64(ops.get(1))));
            }
            if (mnemonic.equals("neg") || mnemonic.equals("neg32")) {
                count(1);
                return fixed(new Instruction.Alu(AluOp.NEG, !mnemonic.endsWith("32"), reg(0), Operand.imm(0)));
            }
            if (mnemonic.startsWith("movsx")) {
                return movsx();
            }
            Statement endian = endian();
            if (endian != null) {
                return endian;
            }
            if (mnemonic.equals("ja") || mnemonic.equals("ja32")) {
                count(1);
                boolean wide = mnemonic.equals("ja");
                Target target = target(ops.get(0));
                return one(r -> new Instruction.Jump(JumpOp.JA, wide, 0, Operand.imm(0),
                        wide ? offset16(r.offset(target)) : r.offset(target)));
            }
            String base = strip32(mnemonic);
            boolean wide = base.equals(mnemonic);
            if (ALU.containsKey(base)) {
                count(2);
                int dst = reg(0);
                Operand operand = operand(ops.get(1));
                return fixed(new Instruction.Alu(ALU.get(base), wide, dst, operand));
            }
            if (JUMPS.containsKey(base)) {
                count(3);
                int dst = reg(0);
                Operand operand = operand(ops.get(1));
                Target target = target(ops.get(2));
                return one(r -> new Instruction.Jump(JUMPS.get(base), wide, dst, operand, offset16(r.offset(target))));
            }
            return memoryAccess();
        }

        private Statement memoryAccess() {
            for (String prefix : List.of("ldxs", "ldx", "stx", "st", "ldabs", "ldind")) {
                if (mnemonic.startsWith(prefix) && SIZES.containsKey(mnemonic.substring(prefix.length()))) {
                    Size size = SIZES.get(mnemonic.substring(prefix.length()));
                    switch (prefix) {
                        case "ldxs", "ldx" -> {
                            count(2);
                            boolean signed = prefix.equals("ldxs");
                            if (signed && size == Size.DW) {
                                break;
                            }
                            int dst = reg(0);
                            int[] mem = memory(ops.get(1));
                            return fixed(new Instruction.Load(size, signed, dst, mem[0], mem[1]));
                        }
                        case "stx" -> {
                            count(2);
                            int[] mem = memory(ops.get(0));
                            return fixed(new Instruction.Store(size, mem[0], mem[1], Operand.reg(reg(1))));
                        }
                        case "st" -> {
                            count(2);
                            int[] mem = memory(ops.get(0));
                            return fixed(new Instruction.Store(size, mem[0], mem[1], Operand.imm(imm32(ops.get(1)))));
                        }
                        case "ldabs" -> {
                            if (size == Size.DW) {
                                break;
                            }
                            count(1);
                            return fixed(new Instruction.LoadPacket(size, false, 0, imm32(ops.get(0))));
                        }
                        default -> {
                            if (size == Size.DW) {
                                break;
                            }
                            count(2);
                            return fixed(new Instruction.LoadPacket(size, true, reg(0), imm32(ops.get(1))));
                        }
                    }
                }
            }
            throw error("Invalid mnemonic: " + mnemonic);
        }

        private Statement endian() {
            for (String prefix : List.of("be", "le", "bswap", "swap")) {
                if (mnemonic.startsWith(prefix)) {
                    String bits = mnemonic.substring(prefix.length());
                    if (bits.equals("16") || bits.equals("32") || bits.equals("64")) {
                        count(1);
                        ByteOrder order = switch (prefix) {
                            case "be" -> ByteOrder.TO_BE;
                            case "le" -> ByteOrder.TO_LE;
                            default -> ByteOrder.SWAP;
                        };
                        return fixed(new Instruction.Endian(order, Integer.parseInt(bits), reg(0)));
                    }
                }
            }
            return null;
        }

        private Statement movsx() {
            AluOp op;
            boolean wide;
            switch (mnemonic) {
                case "movsx832" -> { op = AluOp.MOVSX8; wide = false; }
                case "movsx1632" -> { op = AluOp.MOVSX16; wide = false; }
                case "movsx864" -> { op = AluOp.MOVSX8; wide = true; }
                case "movsx1664" -> { op = AluOp.MOVSX16; wide = true; }
                case "movsx3264" -> { op = AluOp.MOVSX32; wide = true; }
                default -> throw error("Invalid mnemonic: " + mnemonic);
            }
            count(2);
            return fixed(new Instruction.Alu(op, wide, reg(0), Operand.reg(reg(1))));
        }

        private Statement call() {
            if (ops.size() == 1 && ops.get(0).startsWith("%")) {
                return fixed(new Instruction.CallReg(reg(0)));
            }
            if (ops.size() == 1) {
                return fixed(new Instruction.Call(CallKind.HELPER, imm32(ops.get(0))));
            }
            count(2);
            return switch (ops.get(0)) {
                case "helper" -> fixed(new Instruction.Call(CallKind.HELPER, imm32(ops.get(1))));
                case "runtime", "kfunc" -> fixed(new Instruction.Call(CallKind.KFUNC, imm32(ops.get(1))));
                case "local" -> {
                    Target target = target(ops.get(1));
                    yield one(r -> new Instruction.Call(CallKind.LOCAL, r.offset(target)));
                }
                default -> throw error("Invalid call mode: " + ops.get(0));
            };
        }

        private Statement lock() {
            // lock [fetch] op[32] [dst+off], src
            List<String> rest = new ArrayList<>(ops);
            boolean fetch = !rest.isEmpty() && rest.get(0).equalsIgnoreCase("fetch");
            if (fetch) {
                rest.remove(0);
            }
            if (rest.size() != 3) {
                throw error("Invalid number of operands for lock");
            }
            String name = rest.get(0).toLowerCase(Locale.ROOT);
            String base = strip32(name);
            Size size = base.equals(name) ? Size.DW : Size.W;
            AtomicOp op = switch (base) {
                case "xchg" -> AtomicOp.XCHG;
                case "cmpxchg" -> AtomicOp.CMPXCHG;
                default -> (fetch ? FETCH_ATOMICS : ATOMICS).get(base);
            };
            if (op == null) {
                throw error("Invalid atomic operation: " + rest.get(0));
            }
            if (fetch && (op == AtomicOp.XCHG || op == AtomicOp.CMPXCHG)) {
                throw error(base + " always fetches; drop 'fetch'");
            }
            int[] mem = memory(rest.get(1));
            int src = register(rest.get(2));
            return fixed(new Instruction.Atomic(op, size, mem[0], src, mem[1]));
        }

        // ---- operands

        private void count(int expected) {
            if (ops.size() != expected) {
                throw error("Invalid number of operands for mnemonic: " + mnemonic + " (expected " + expected
                        + ", found " + ops.size() + ")");
            }
        }

        private int reg(int index) { return register(ops.get(index)); }

        private int register(String text) {
            Matcher m = REGISTER.matcher(text);
            if (!m.matches()) {
                throw error("Invalid register: " + text);
            }
            int reg;
            try {
                reg = Integer.parseInt(m.group(1));
            } catch (NumberFormatException e) {
                throw error("Invalid register: " + text);
            }
            if (reg >= Registers.COUNT) {
                throw error("Invalid register: " + text);
            }
            return reg;
        }

        private Operand operand(String text) {
            return text.startsWith("%") ? Operand.reg(register(text)) : Operand.imm(imm32(text));
        }

        /** {@code [%rN]}, {@code [%rN+off]} or {@code [%rN-off]}: register and 16-bit signed offset. */
        private int[] memory(String text) {
            Matcher m = MEMORY.matcher(text);
            if (!m.matches()) {
                throw error("Invalid memory operand: " + text + " (expected [%rN+offset])");
            }
            int reg = register(m.group(1));
            if (m.group(2) == null) {
                return new int[] {reg, 0};
            }
            BigInteger magnitude = number(m.group(3));
            BigInteger value = m.group(2).equals("-") ? magnitude.negate() : magnitude;
            if (value.compareTo(BigInteger.valueOf(Short.MIN_VALUE)) < 0
                    || value.compareTo(BigInteger.valueOf(Short.MAX_VALUE)) > 0) {
                throw error("offset " + m.group(2) + m.group(3) + " is outside the 16-bit range -32768..32767");
            }
            return new int[] {reg, value.intValue()};
        }

        private Target target(String text) {
            if (text.startsWith("+") || text.startsWith("-") || Character.isDigit(text.charAt(0))) {
                BigInteger value = signed(text);
                if (value.bitLength() > 31) {
                    throw error("jump offset " + text + " is out of range");
                }
                return new Target(null, value.intValue());
            }
            if (!LABEL.matcher(text).matches()) {
                throw error("Invalid label: " + text);
            }
            return new Target(text, 0);
        }

        private int offset16(int offset) {
            if (offset < Short.MIN_VALUE || offset > Short.MAX_VALUE) {
                throw error("jump offset " + offset + " does not fit in 16 bits");
            }
            return offset;
        }

        /** Decimal: -2^31..2^31-1. Hex: a 32-bit pattern, 0..0xffffffff, optionally negated. */
        private int imm32(String text) {
            BigInteger value = signed(text);
            boolean hex = isHex(text);
            BigInteger min = BigInteger.valueOf(Integer.MIN_VALUE);
            BigInteger max = hex ? BigInteger.valueOf(0xffff_ffffL) : BigInteger.valueOf(Integer.MAX_VALUE);
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw error("immediate " + text + " does not fit in 32 bits");
            }
            return value.intValue();
        }

        /** Decimal: -2^63..2^64-1; hex: up to 0xffffffffffffffff. */
        private long imm64(String text) {
            BigInteger value = signed(text);
            if (value.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) < 0 || value.bitLength() > 64) {
                throw error("immediate " + text + " does not fit in 64 bits");
            }
            return value.longValue();
        }

        private static boolean isHex(String text) {
            String t = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
            return t.startsWith("0x") || t.startsWith("0X");
        }

        private BigInteger signed(String text) {
            if (text.startsWith("-")) {
                return number(text.substring(1)).negate();
            }
            return number(text.startsWith("+") ? text.substring(1) : text);
        }

        private BigInteger number(String text) {
            try {
                if (text.startsWith("0x") || text.startsWith("0X")) {
                    return new BigInteger(text.substring(2), 16);
                }
                if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
                    throw new NumberFormatException();
                }
                return new BigInteger(text, 10);
            } catch (NumberFormatException e) {
                throw error("Invalid number: " + text);
            }
        }

        private static String strip32(String m) {
            return m.endsWith("32") ? m.substring(0, m.length() - 2) : m;
        }

        private AssemblerException error(String reason) {
            return new AssemblerException(line, reason);
        }
    }
}
