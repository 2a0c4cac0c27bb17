package dev.ringzero.ebpf.vm;

import static dev.ringzero.ebpf.vm.Translation.*;

import dev.ringzero.ebpf.isa.AtomicOp;
import dev.ringzero.ebpf.isa.Code;
import java.util.Arrays;

/**
 * Runs a program on the sandboxed {@link Memory} of an {@link ExecutionContext}. The {@link Code} is
 * translated once, at construction, into a compact table; {@link #run} executes that table with the
 * operation semantics of {@link Semantics}.
 *
 * <p>Each bpf-to-bpf call gets a fresh {@value Memory#STACK_FRAME_SIZE}-byte frame (r10 = its top)
 * and has r6-r9 saved and restored; at most {@value #MAX_CALL_DEPTH} frames are live. A run stops
 * with a {@link ProgramFault} when it accesses memory outside the sandbox, exceeds its instruction
 * budget or calls an unknown helper.
 */
public final class Interpreter implements ProgramEngine {

    public static final int MAX_CALL_DEPTH = Memory.MAX_FRAMES;
    public static final int MAX_TAIL_CALLS = 33;
    public static final long DEFAULT_BUDGET = 1_000_000;

    private final Code code;
    private final Translation table;

    public Interpreter(Code code) {
        this.code = code;
        this.table = Translation.of(code);
    }

    @Override
    public Code code() { return code; }

    @Override
    public RunResult execute(ExecutionContext ctx, Memory memory, long r1, long r2, long executedBefore) {
        // 16 entries: register fields are 4 bits wide, so the JIT can drop the bounds checks
        final long[] r = new long[16];
        r[1] = r1;
        r[2] = r2;
        r[10] = memory.framePointer(0);
        Translation t = table;
        int[] words = t.words;
        int[] aux = t.aux;
        long[] imms = t.imms;
        final long budget = ctx.budget();
        long executed = executedBefore;
        int depth = 0;
        int[] returnPcs = new int[MAX_CALL_DEPTH];
        long[] saved = new long[MAX_CALL_DEPTH * 4];
        int pc = 0;
        while (true) {
            if (++executed > budget) {
                throw new ProgramFault(pc, FaultKind.BUDGET_EXHAUSTED,
                        "instruction budget of " + budget + " exhausted");
            }
            final int at = pc++;
            final int w = words[at];
            final int d = (w >>> 8) & 0xf;
            final int s = (w >>> 12) & 0xf;
            final long k = imms[at];
            switch (w & 0xff) {
                case ADD + V64_IMM -> r[d] += k;
                case ADD + V64_REG -> r[d] += r[s];
                case ADD + V32_IMM -> r[d] = Semantics.zext32(r[d] + k);
                case ADD + V32_REG -> r[d] = Semantics.zext32(r[d] + r[s]);
                case SUB + V64_IMM -> r[d] -= k;
                case SUB + V64_REG -> r[d] -= r[s];
                case SUB + V32_IMM -> r[d] = Semantics.zext32(r[d] - k);
                case SUB + V32_REG -> r[d] = Semantics.zext32(r[d] - r[s]);
                case MUL + V64_IMM -> r[d] *= k;
                case MUL + V64_REG -> r[d] *= r[s];
                case MUL + V32_IMM -> r[d] = Semantics.zext32(r[d] * k);
                case MUL + V32_REG -> r[d] = Semantics.zext32(r[d] * r[s]);
                case DIV + V64_IMM -> r[d] = Semantics.div64(r[d], k);
                case DIV + V64_REG -> r[d] = Semantics.div64(r[d], r[s]);
                case DIV + V32_IMM -> r[d] = Semantics.div32(r[d], k);
                case DIV + V32_REG -> r[d] = Semantics.div32(r[d], r[s]);
                case SDIV + V64_IMM -> r[d] = Semantics.sdiv64(r[d], k);
                case SDIV + V64_REG -> r[d] = Semantics.sdiv64(r[d], r[s]);
                case SDIV + V32_IMM -> r[d] = Semantics.sdiv32(r[d], k);
                case SDIV + V32_REG -> r[d] = Semantics.sdiv32(r[d], r[s]);
                case OR + V64_IMM -> r[d] |= k;
                case OR + V64_REG -> r[d] |= r[s];
                case OR + V32_IMM -> r[d] = Semantics.zext32(r[d] | k);
                case OR + V32_REG -> r[d] = Semantics.zext32(r[d] | r[s]);
                case AND + V64_IMM -> r[d] &= k;
                case AND + V64_REG -> r[d] &= r[s];
                case AND + V32_IMM -> r[d] = Semantics.zext32(r[d] & k);
                case AND + V32_REG -> r[d] = Semantics.zext32(r[d] & r[s]);
                case LSH + V64_IMM -> r[d] = Semantics.lsh64(r[d], k);
                case LSH + V64_REG -> r[d] = Semantics.lsh64(r[d], r[s]);
                case LSH + V32_IMM -> r[d] = Semantics.lsh32(r[d], k);
                case LSH + V32_REG -> r[d] = Semantics.lsh32(r[d], r[s]);
                case RSH + V64_IMM -> r[d] = Semantics.rsh64(r[d], k);
                case RSH + V64_REG -> r[d] = Semantics.rsh64(r[d], r[s]);
                case RSH + V32_IMM -> r[d] = Semantics.rsh32(r[d], k);
                case RSH + V32_REG -> r[d] = Semantics.rsh32(r[d], r[s]);
                case MOD + V64_IMM -> r[d] = Semantics.mod64(r[d], k);
                case MOD + V64_REG -> r[d] = Semantics.mod64(r[d], r[s]);
                case MOD + V32_IMM -> r[d] = Semantics.mod32(r[d], k);
                case MOD + V32_REG -> r[d] = Semantics.mod32(r[d], r[s]);
                case SMOD + V64_IMM -> r[d] = Semantics.smod64(r[d], k);
                case SMOD + V64_REG -> r[d] = Semantics.smod64(r[d], r[s]);
                case SMOD + V32_IMM -> r[d] = Semantics.smod32(r[d], k);
                case SMOD + V32_REG -> r[d] = Semantics.smod32(r[d], r[s]);
                case XOR + V64_IMM -> r[d] ^= k;
                case XOR + V64_REG -> r[d] ^= r[s];
                case XOR + V32_IMM -> r[d] = Semantics.zext32(r[d] ^ k);
                case XOR + V32_REG -> r[d] = Semantics.zext32(r[d] ^ r[s]);
                case MOV + V64_IMM -> r[d] = k;
                case MOV + V64_REG -> r[d] = r[s];
                case MOV + V32_IMM -> r[d] = Semantics.zext32(k);
                case MOV + V32_REG -> r[d] = Semantics.zext32(r[s]);
                case ARSH + V64_IMM -> r[d] = Semantics.arsh64(r[d], k);
                case ARSH + V64_REG -> r[d] = Semantics.arsh64(r[d], r[s]);
                case ARSH + V32_IMM -> r[d] = Semantics.arsh32(r[d], k);
                case ARSH + V32_REG -> r[d] = Semantics.arsh32(r[d], r[s]);
                case NEG64 -> r[d] = -r[d];
                case NEG32 -> r[d] = Semantics.zext32(-r[d]);
                case MOVSX64 -> r[d] = Semantics.movsx64(r[s], aux[at]);
                case MOVSX32 -> r[d] = Semantics.movsx32(r[s], aux[at]);
                case TO_LE -> r[d] = Semantics.toLittleEndian(r[d], aux[at]);
                case BSWAP -> r[d] = Semantics.byteSwap(r[d], aux[at]);

                case JA -> pc = aux[at];
                case JEQ + V64_IMM -> { if (r[d] == k) pc = aux[at]; }
                case JEQ + V64_REG -> { if (r[d] == r[s]) pc = aux[at]; }
                case JEQ + V32_IMM -> { if ((int) r[d] == (int) k) pc = aux[at]; }
                case JEQ + V32_REG -> { if ((int) r[d] == (int) r[s]) pc = aux[at]; }
                case JNE + V64_IMM -> { if (r[d] != k) pc = aux[at]; }
                case JNE + V64_REG -> { if (r[d] != r[s]) pc = aux[at]; }
                case JNE + V32_IMM -> { if ((int) r[d] != (int) k) pc = aux[at]; }
                case JNE + V32_REG -> { if ((int) r[d] != (int) r[s]) pc = aux[at]; }
                case JSET + V64_IMM -> { if ((r[d] & k) != 0) pc = aux[at]; }
                case JSET + V64_REG -> { if ((r[d] & r[s]) != 0) pc = aux[at]; }
                case JSET + V32_IMM -> { if (((int) r[d] & (int) k) != 0) pc = aux[at]; }
                case JSET + V32_REG -> { if (((int) r[d] & (int) r[s]) != 0) pc = aux[at]; }
                case JGT + V64_IMM -> { if (Semantics.jgt(r[d], k)) pc = aux[at]; }
                case JGT + V64_REG -> { if (Semantics.jgt(r[d], r[s])) pc = aux[at]; }
                case JGT + V32_IMM -> { if (Semantics.jgt32(r[d], k)) pc = aux[at]; }
                case JGT + V32_REG -> { if (Semantics.jgt32(r[d], r[s])) pc = aux[at]; }
                case JGE + V64_IMM -> { if (Semantics.jge(r[d], k)) pc = aux[at]; }
                case JGE + V64_REG -> { if (Semantics.jge(r[d], r[s])) pc = aux[at]; }
                case JGE + V32_IMM -> { if (Semantics.jge32(r[d], k)) pc = aux[at]; }
                case JGE + V32_REG -> { if (Semantics.jge32(r[d], r[s])) pc = aux[at]; }
                case JLT + V64_IMM -> { if (Semantics.jlt(r[d], k)) pc = aux[at]; }
                case JLT + V64_REG -> { if (Semantics.jlt(r[d], r[s])) pc = aux[at]; }
                case JLT + V32_IMM -> { if (Semantics.jlt32(r[d], k)) pc = aux[at]; }
                case JLT + V32_REG -> { if (Semantics.jlt32(r[d], r[s])) pc = aux[at]; }
                case JLE + V64_IMM -> { if (Semantics.jle(r[d], k)) pc = aux[at]; }
                case JLE + V64_REG -> { if (Semantics.jle(r[d], r[s])) pc = aux[at]; }
                case JLE + V32_IMM -> { if (Semantics.jle32(r[d], k)) pc = aux[at]; }
                case JLE + V32_REG -> { if (Semantics.jle32(r[d], r[s])) pc = aux[at]; }
                case JSGT + V64_IMM -> { if (r[d] > k) pc = aux[at]; }
                case JSGT + V64_REG -> { if (r[d] > r[s]) pc = aux[at]; }
                case JSGT + V32_IMM -> { if ((int) r[d] > (int) k) pc = aux[at]; }
                case JSGT + V32_REG -> { if ((int) r[d] > (int) r[s]) pc = aux[at]; }
                case JSGE + V64_IMM -> { if (r[d] >= k) pc = aux[at]; }
                case JSGE + V64_REG -> { if (r[d] >= r[s]) pc = aux[at]; }
                case JSGE + V32_IMM -> { if ((int) r[d] >= (int) k) pc = aux[at]; }
                case JSGE + V32_REG -> { if ((int) r[d] >= (int) r[s]) pc = aux[at]; }
                case JSLT + V64_IMM -> { if (r[d] < k) pc = aux[at]; }
                case JSLT + V64_REG -> { if (r[d] < r[s]) pc = aux[at]; }
                case JSLT + V32_IMM -> { if ((int) r[d] < (int) k) pc = aux[at]; }
                case JSLT + V32_REG -> { if ((int) r[d] < (int) r[s]) pc = aux[at]; }
                case JSLE + V64_IMM -> { if (r[d] <= k) pc = aux[at]; }
                case JSLE + V64_REG -> { if (r[d] <= r[s]) pc = aux[at]; }
                case JSLE + V32_IMM -> { if ((int) r[d] <= (int) k) pc = aux[at]; }
                case JSLE + V32_REG -> { if ((int) r[d] <= (int) r[s]) pc = aux[at]; }

                case LDX -> r[d] = memory.load(r[s] + k, aux[at], at);
                case LDXSX -> r[d] = Semantics.signExtend(memory.load(r[s] + k, aux[at], at), aux[at]);
                case STX -> memory.store(r[d] + k, aux[at], r[s], at);
                case ST -> memory.store(r[d] + (int) k, aux[at], k >> 32, at);
                case ATOMIC -> atomic(memory, r, t.atomics[at], d, s, aux[at], k, at);

                case LDDW -> { r[d] = k; pc++; }
                case LDDW_MAP -> { r[d] = ctx.mapPointer(aux[at], at); pc++; }
                case LDDW_MAP_VALUE -> { r[d] = ctx.mapValueAddress(aux[at], (int) k, at); pc++; }

                case CALL_HELPER, CALLX -> {
                    long id = (w & 0xff) == CALLX ? r[d] : k;
                    Helper helper = ctx.helpers().get(id);
                    if (helper == null) {
                        throw new ProgramFault(at, FaultKind.UNKNOWN_HELPER, "call of unknown helper " + id);
                    }
                    try {
                        r[0] = helper.call(ctx, r[1], r[2], r[3], r[4], r[5]);
                    } catch (ProgramFault fault) {
                        throw fault.at(at);
                    } catch (RuntimeException e) {
                        throw new ProgramFault(at, FaultKind.HELPER_FAILURE, "helper " + id + " failed: " + e, e);
                    }
                    if (ctx.takeStopRequest()) {
                        return new RunResult(r[0], executed);
                    }
                    ProgramEngine next = ctx.takeTailCall();
                    if (next != null) {
                        if (depth != 0) {
                            throw new ProgramFault(at, FaultKind.INVALID_INSTRUCTION,
                                    "tail call from a bpf-to-bpf function");
                        }
                        if (!(next instanceof Interpreter interpreted)) {
                            return next.continueTailCall(ctx, r1, executed);
                        }
                        t = interpreted.table;
                        words = t.words;
                        aux = t.aux;
                        imms = t.imms;
                        Arrays.fill(r, 0);
                        r[1] = r1;
                        r[10] = memory.framePointer(0);
                        pc = 0;
                    }
                }
                case CALL_LOCAL -> {
                    if (depth + 1 >= MAX_CALL_DEPTH) {
                        throw new ProgramFault(at, FaultKind.CALL_DEPTH,
                                "call depth exceeds " + MAX_CALL_DEPTH + " frames");
                    }
                    int base = depth * 4;
                    saved[base] = r[6];
                    saved[base + 1] = r[7];
                    saved[base + 2] = r[8];
                    saved[base + 3] = r[9];
                    returnPcs[depth] = pc;
                    depth++;
                    memory.enterFrame(depth);
                    r[10] = memory.framePointer(depth);
                    pc = aux[at];
                }
                case EXIT -> {
                    if (depth == 0) {
                        return new RunResult(r[0], executed);
                    }
                    depth--;
                    int base = depth * 4;
                    r[6] = saved[base];
                    r[7] = saved[base + 1];
                    r[8] = saved[base + 2];
                    r[9] = saved[base + 3];
                    pc = returnPcs[depth];
                    memory.enterFrame(depth);
                    r[10] = memory.framePointer(depth);
                }
                case LD_ABS, LD_IND -> {
                    long value = Semantics.loadPacket(memory, (w & 0xff) == LD_IND ? r[s] + k : k, aux[at], at);
                    if (value < 0) {
                        return new RunResult(0, executed); // out of bounds: the program ends with r0 = 0
                    }
                    r[0] = value;
                }
                case TRAP -> throw new ProgramFault(at, FaultKind.INVALID_INSTRUCTION, t.traps[at]);
                default -> throw new ProgramFault(at, FaultKind.INVALID_INSTRUCTION, "unknown operation " + (w & 0xff));
            }
        }
    }

    private static void atomic(Memory memory, long[] r, AtomicOp op, int d, int s, int bytes, long offset, int at) {
        long mask = bytes == 8 ? -1L : 0xffff_ffffL;
        long old = memory.atomic(op, r[d] + offset, bytes, r[s], r[0], at);
        if (op == AtomicOp.CMPXCHG) {
            r[0] = old & mask;
        } else if (op.fetches()) {
            r[s] = old & mask;
        }
    }
}
