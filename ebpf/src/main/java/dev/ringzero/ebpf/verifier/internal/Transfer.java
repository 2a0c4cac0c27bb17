package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.isa.AluOp;
import dev.ringzero.ebpf.isa.CallKind;
import dev.ringzero.ebpf.isa.ImmKind;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.Operand;
import dev.ringzero.ebpf.platform.ReturnRange;
import dev.ringzero.ebpf.verifier.MapDescriptor;
import dev.ringzero.ebpf.verifier.VerifierInput;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The effect of each instruction on a state, with the checks that guard it. */
final class Transfer {
    static final int MAX_FRAMES = 8;

    private final VerifierInput input;
    private final Rules rules;
    private final List<MapDescriptor> maps;
    private final MemoryAccess memory;
    private final HelperCalls helpers;
    private final Branches branches;
    private final GlobalCalls globals;
    private final CallStack callGraph;

    Transfer(VerifierInput input, Rules rules, GlobalCalls globals, CallStack callGraph) {
        this.input = input;
        this.globals = globals;
        this.callGraph = callGraph;
        this.rules = rules;
        this.maps = input.maps();
        this.memory = new MemoryAccess(input, rules);
        this.helpers = new HelperCalls(input, rules, memory);
        this.branches = new Branches(rules);
    }

    State initialState() {
        Frame frame = new Frame(-1, 0, 0);
        frame.regs[1] = Value.Ptr.of(Region.CTX, 0);
        frame.regs[10] = Value.Ptr.of(Region.STACK, 0);
        return new State(frame);
    }

    Step step(int pc, State s) {
        Instruction insn = input.code().at(pc);
        try {
            return switch (insn) {
                case Instruction.Alu a -> { alu(pc, s, a); yield new Step.Next(pc + 1); }
                case Instruction.Endian e -> { endian(pc, s, e); yield new Step.Next(pc + 1); }
                case Instruction.Load l -> { memory.load(pc, s, l); yield new Step.Next(pc + 1); }
                case Instruction.Store st -> { memory.store(pc, s, st); yield new Step.Next(pc + 1); }
                case Instruction.Atomic at -> { memory.atomic(pc, s, at); yield new Step.Next(pc + 1); }
                case Instruction.LoadImm64 l -> { loadImm(pc, s, l); yield new Step.Next(pc + 2); }
                case Instruction.LoadPacket p -> { memory.legacyPacketLoad(pc, s, p); yield new Step.Next(pc + 1); }
                case Instruction.Jump j -> branches.jump(pc, s, j);
                case Instruction.Call c -> call(pc, s, c);
                case Instruction.CallReg c -> throw new Rejection(pc, "callx (call through a register) is not supported");
                case Instruction.Exit x -> exit(pc, s);
            };
        } catch (Rejection r) {
            if (r.state.isEmpty()) {
                throw new Rejection(r.pc, r.getMessage(), s.describe());
            }
            throw r;
        }
    }

    // ---- registers ------------------------------------------------------------------------------

    static Value read(int pc, State s, int reg) {
        Value v = s.reg(reg);
        if (v instanceof Value.Uninit) {
            throw new Rejection(pc, "r" + reg + " is read before anything was written to it on this path"
                    + (reg >= 1 && reg <= 5 ? " (r1-r5 are cleared by every call)" : "")
                    + ": initialize it first");
        }
        return v;
    }

    static void write(int pc, State s, int reg, Value v) {
        if (reg == 10) {
            throw new Rejection(pc, "r10 is the frame pointer and read-only: copy it to another register to compute addresses");
        }
        s.set(reg, v);
    }

    // ---- ALU ------------------------------------------------------------------------------------

    private void alu(int pc, State s, Instruction.Alu a) {
        AluOp op = a.op();
        Value src = switch (a.operand()) {
            case Operand.Imm imm -> Value.scalar(Scalar.constant(a.wide() ? (long) imm.value() : imm.value() & 0xFFFF_FFFFL));
            case Operand.Reg reg -> op == AluOp.NEG ? null : read(pc, s, reg.reg());
        };
        if (rules.linux() && a.operand() instanceof Operand.Imm imm) {
            if ((op == AluOp.DIV || op == AluOp.MOD || op == AluOp.SDIV || op == AluOp.SMOD) && imm.value() == 0) {
                throw new Rejection(pc, "div by zero: the divisor is the constant 0");
            }
            if ((op == AluOp.LSH || op == AluOp.RSH || op == AluOp.ARSH) && (imm.value() < 0 || imm.value() >= (a.wide() ? 64 : 32))) {
                throw new Rejection(pc, "invalid shift " + imm.value() + ": shifts must be below " + (a.wide() ? 64 : 32));
            }
        }
        if (op == AluOp.MOV) {
            write(pc, s, a.dst(), move(pc, src, a.wide(), a.operand(), s));
            return;
        }
        if (op == AluOp.MOVSX8 || op == AluOp.MOVSX16 || op == AluOp.MOVSX32) {
            if (!(src instanceof Value.Num n)) {
                throw new Rejection(pc, "sign-extending move of a pointer is not allowed");
            }
            int bits = op == AluOp.MOVSX8 ? 8 : op == AluOp.MOVSX16 ? 16 : 32;
            if (rules.linux()) {
                Scalar r = a.wide() ? LinuxBounds.signExtend64(n.scalar(), bits / 8) : LinuxBounds.signExtend32(n.scalar(), bits / 8);
                boolean unchanged = Long.compareUnsigned(n.scalar().umax(), 1L << (bits - 1)) < 0;
                write(pc, s, a.dst(), linked(s, a.operand(), n, unchanged, r));
                return;
            }
            Scalar r = n.scalar().signExtend(bits);
            write(pc, s, a.dst(), Value.scalar(a.wide() ? r : r.truncate(32)));
            return;
        }
        Value dst = read(pc, s, a.dst());
        if (op == AluOp.NEG) {
            if (dst instanceof Value.Num n && rules.linux()) {
                // Linux 6.18 computes -x as 0 - x
                write(pc, s, a.dst(), Value.scalar(LinuxBounds.alu(AluOp.NEG, a.wide(), n.scalar(), Scalar.constant(0))));
                return;
            }
            if (dst instanceof Value.Num n) {
                Scalar r = a.wide() ? n.scalar().neg() : n.scalar().low32().neg().truncate(32);
                write(pc, s, a.dst(), Value.scalar(r));
                return;
            }
            pointerToNumber(pc, s, a.dst(), "negation");
            return;
        }
        if (dst instanceof Value.Num d && src instanceof Value.Num n && rules.linux()) {
            // Linux 6.18's tracking (adjust_scalar_min_max_vals): an immediate is the sign-extended 32-bit constant;
            // quotients, remainders and shifts by an unknown amount make the register unknown
            Scalar operand = a.operand() instanceof Operand.Imm imm ? Scalar.constant(imm.value()) : n.scalar();
            write(pc, s, a.dst(), Value.scalar(LinuxBounds.alu(op, a.wide(), d.scalar(), operand)));
            return;
        }
        if (dst instanceof Value.Num d && src instanceof Value.Num n) {
            boolean division = op == AluOp.DIV || op == AluOp.MOD || op == AluOp.SDIV || op == AluOp.SMOD;
            boolean shift = op == AluOp.LSH || op == AluOp.RSH || op == AluOp.ARSH;
            boolean variableShift = shift && !(n.scalar().isConstant()
                    && Long.compareUnsigned(n.scalar().value(), a.wide() ? 64 : 32) < 0);
            if ((division || variableShift) && rules.linux()) {
                // Linux 6.18 tracks neither quotients and remainders (even of constants) nor shifts by an
                // unknown amount (is_safe_to_compute_dst_reg_range): match its verdicts. It forgets all 64 bits,
                // even of a 32-bit operation (whose result the CPU zero-extends)
                write(pc, s, a.dst(), Value.unknown());
                return;
            }
            write(pc, s, a.dst(), Value.scalar(scalarOp(op, a.wide(), d.scalar(), n.scalar())));
            return;
        }
        pointerAlu(pc, s, a, dst, src);
    }

    private Value move(int pc, Value src, boolean wide, Operand operand, State s) {
        if (wide) {
            if (src instanceof Value.Num n && operand instanceof Operand.Reg reg) {
                int id = n.id();
                if (id == 0) {
                    id = s.freshId();
                    s.set(reg.reg(), new Value.Num(n.scalar(), n.link(), id));
                }
                return new Value.Num(n.scalar(), n.link(), id);
            }
            return src;
        }
        if (src instanceof Value.Num n && rules.linux()) {
            // a number that fits in 32 bits stays the same number: Linux links the copies (same id)
            return linked(s, operand, n, Long.compareUnsigned(n.scalar().umax(), 0xFFFF_FFFFL) <= 0,
                    LinuxBounds.move32(n.scalar()));
        }
        if (src instanceof Value.Num n) {
            return n.scalar().fitsU32() ? new Value.Num(n.scalar(), n.link(), 0) : Value.scalar(n.scalar().low32());
        }
        if (rules.allowPointerLeaks()) {
            return Value.scalar(Scalar.U32);
        }
        throw new Rejection(pc, "partial copy of a pointer: a 32-bit move of " + describePtr(src) + " would leak part of an address");
    }

    /** The moved number, sharing the source register's id when {@code same} (the copy equals the source). */
    private static Value linked(State s, Operand operand, Value.Num n, boolean same, Scalar moved) {
        if (!same || !(operand instanceof Operand.Reg reg) || moved.isConstant()) {
            return Value.scalar(moved);
        }
        int id = n.id();
        if (id == 0) {
            id = s.freshId();
            s.set(reg.reg(), new Value.Num(n.scalar(), n.link(), id));
        }
        return new Value.Num(moved, null, id);
    }

    private void pointerToNumber(int pc, State s, int reg, String what) {
        if (rules.allowPointerLeaks()) {
            write(pc, s, reg, Value.unknown());
            return;
        }
        throw new Rejection(pc, what + " of a pointer (r" + reg + " is " + s.reg(reg) + ") is not allowed");
    }

    static Scalar scalarOp(AluOp op, boolean wide, Scalar d, Scalar s) {
        if (!wide) {
            Scalar a = d.low32(), b = s.low32();
            Scalar r = switch (op) {
                case LSH -> a.lsh(b, 32);
                case RSH -> a.rsh(b, 32);
                case ARSH -> b.isConstant() ? d.low32Signed().arsh(Scalar.constant(b.value() & 31)) : Scalar.UNKNOWN;
                case SDIV, SMOD -> signed32(op, a, b);
                default -> scalarOp(op, true, a, b);
            };
            return r.truncate(32);
        }
        return switch (op) {
            case ADD -> d.add(s);
            case SUB -> d.sub(s);
            case MUL -> d.mul(s);
            case DIV -> d.div(s);
            case MOD -> d.mod(s);
            case OR -> d.or(s);
            case AND -> d.and(s);
            case XOR -> d.xor(s);
            case LSH -> d.lsh(s, 64);
            case RSH -> d.rsh(s, 64);
            case ARSH -> d.arsh(s);
            case SDIV -> d.isConstant() && s.isConstant()
                    ? Scalar.constant(s.value() == 0 ? 0 : (s.value() == -1 ? -d.value() : d.value() / s.value()))
                    : Scalar.UNKNOWN;
            case SMOD -> d.isConstant() && s.isConstant()
                    ? Scalar.constant(s.value() == 0 ? d.value() : (s.value() == -1 ? 0 : d.value() % s.value()))
                    : Scalar.UNKNOWN;
            default -> Scalar.UNKNOWN;
        };
    }

    private static Scalar signed32(AluOp op, Scalar a, Scalar b) {
        if (!a.isConstant() || !b.isConstant()) return Scalar.U32;
        int x = (int) a.value(), y = (int) b.value();
        int r = op == AluOp.SDIV
                ? (y == 0 ? 0 : (y == -1 ? -x : x / y))
                : (y == 0 ? x : (y == -1 ? 0 : x % y));
        return Scalar.constant(r & 0xFFFF_FFFFL);
    }

    private void pointerAlu(int pc, State s, Instruction.Alu a, Value dst, Value src) {
        AluOp op = a.op();
        if (dst instanceof Value.Ptr p && src instanceof Value.Ptr q) {
            if (op != AluOp.SUB) {
                throw new Rejection(pc, "r" + a.dst() + " " + op.symbol() + " pointer: only subtraction combines two pointers");
            }
            if (rules.relatePacketLength()) {
                if (p.region() != q.region() && !(p.region() == Region.PACKET_END && q.region() == Region.PACKET)) {
                    throw new Rejection(pc, "cannot subtract pointers into different regions (" + p + " - " + q + ")");
                }
                if (!a.wide()) {
                    throw new Rejection(pc, "32-bit arithmetic on pointers is not allowed");
                }
                write(pc, s, a.dst(), difference(s, p, q));
                return;
            }
            if (rules.allowPointerLeaks()) {
                write(pc, s, a.dst(), Value.unknown());
                return;
            }
            throw new Rejection(pc, "r" + a.dst() + " pointer -= pointer prohibited for an unprivileged loader");
        }
        if (!a.wide()) {
            if (op == AluOp.SUB && rules.allowPointerLeaks()) {
                write(pc, s, a.dst(), Value.scalar(Scalar.U32));
                return;
            }
            throw new Rejection(pc, "32-bit pointer arithmetic prohibited: r" + (dst instanceof Value.Ptr ? a.dst() : "src")
                    + " holds a pointer; use 64-bit arithmetic on addresses");
        }
        Value.Ptr ptr;
        Value.Num off;
        if (dst instanceof Value.Ptr p && src instanceof Value.Num n && (op == AluOp.ADD || op == AluOp.SUB)) {
            ptr = p;
            off = n;
        } else if (dst instanceof Value.Num n && src instanceof Value.Ptr p && op == AluOp.ADD) {
            ptr = p;
            off = n;
        } else if (dst instanceof Value.Num && op == AluOp.SUB) {
            throw new Rejection(pc, "r" + a.dst() + " tried to subtract a pointer from a number");
        } else {
            throw new Rejection(pc, "pointer arithmetic with the " + op.symbol() + " operator is prohibited (r" + a.dst()
                    + " is " + dst + "): only + and - of a number are allowed on pointers");
        }
        write(pc, s, a.dst(), offsetPointer(pc, s, a.dst(), ptr, off.scalar(), op == AluOp.SUB));
    }

    private Value difference(State s, Value.Ptr p, Value.Ptr q) {
        if (p.region() == Region.PACKET_END) {
            long known = s.range(q.varId()) - q.fixed();
            Scalar r = known >= 0 ? Scalar.range(known, Integer.MAX_VALUE) : Scalar.UNKNOWN;
            return new Value.Num(r.isEmpty() ? Scalar.UNKNOWN : r, new Value.PacketLink(q.varId(), q.fixed()), 0);
        }
        if (p.region() == Region.PACKET && p.varId() == q.varId()) {
            return Value.scalar(Scalar.constant(p.fixed() - q.fixed()));
        }
        return Value.scalar(p.off().sub(q.off()));
    }

    private Value.Ptr offsetPointer(int pc, State s, int reg, Value.Ptr p, Scalar off, boolean subtract) {
        String name = p.region().display();
        switch (p.region()) {
            case SOCKET -> {
                if (!p.maybeNull()) {
                    throw new Rejection(pc, "R" + reg + " pointer arithmetic on sock_common prohibited: read the socket's fields"
                            + " with the load's offset instead");
                }
            }
            case MAP_PTR -> {
                if (p.maybeNull()) {
                    throw new Rejection(pc, "r" + reg + " pointer arithmetic on map_value_or_null prohibited, null-check it"
                            + " first" + originHint(p));
                }
                throw new Rejection(pc, "r" + reg + " pointer arithmetic on " + name
                        + " prohibited: it is not an address into memory the program may access");
            }
            case PACKET_END -> throw new Rejection(pc, "r" + reg + " pointer arithmetic on " + name
                    + " prohibited: it is not an address into memory the program may access");
            default -> {}
        }
        if (p.maybeNull()) {
            throw new Rejection(pc, "r" + reg + " pointer arithmetic on " + name + "_or_null prohibited, null-check it first"
                    + originHint(p));
        }
        if (off.isConstant() && (off.value() >= Scalar.MAX_VAR_OFF || off.value() <= -Scalar.MAX_VAR_OFF)) {
            throw new Rejection(pc, "math between " + name + " pointer and " + off.value() + " is not allowed");
        }
        if (off.smin() == Long.MIN_VALUE) {
            throw new Rejection(pc, "math between " + name + " pointer and register with unbounded min value is not allowed: "
                    + "bound the number first (if (x < N) or x &= mask)");
        }
        if (off.smin() >= Scalar.MAX_VAR_OFF || off.smin() <= -Scalar.MAX_VAR_OFF) {
            throw new Rejection(pc, "value " + off.smin() + " makes " + name + " pointer be out of bounds");
        }
        if (off.smax() >= Scalar.MAX_VAR_OFF && !(rules.linux() && rules.allowPointerLeaks())) {
            // a privileged Linux loader may form the pointer (every access through it is then refused for want of
            // an upper bound); the stricter policies refuse the arithmetic itself
            throw new Rejection(pc, "math between " + name + " pointer and a number that may be as large as " + off.smax()
                    + " is not allowed: bound it first (if (x < N) or x &= mask)");
        }
        if (!off.isConstant() && p.region() == Region.STACK && !rules.allowPointerLeaks() && rules.linux()) {
            throw new Rejection(pc, "r" + reg + " variable stack access prohibited for an unprivileged loader");
        }
        Scalar newOff = subtract ? p.off().sub(off) : p.off().add(off);
        if (newOff.smin() == Long.MIN_VALUE || newOff.smin() >= Scalar.MAX_VAR_OFF || newOff.smin() <= -Scalar.MAX_VAR_OFF) {
            throw new Rejection(pc, "r" + reg + " " + name + " pointer offset " + newOff + " is not allowed: "
                    + "it may lie more than 2^29 bytes from the " + name + "'s start");
        }
        if (p.region() == Region.PACKET) {
            if (off.isConstant()) {
                long c = subtract ? -off.value() : off.value();
                return p.withOff(newOff, p.varId(), p.fixed() + c);
            }
            // Linux keeps the variable part of a packet offset apart and refuses any access through a pointer
            // whose variable part may be negative (data + 40 - (x & 31)); such a pointer gets a negative
            // identity, which no comparison gives a range
            long varMin = subtract ? (off.smax() == Long.MIN_VALUE ? Long.MAX_VALUE : -off.smax()) : off.smin();
            boolean negativeVar = rules.linux() && (p.varId() < 0 || varMin < 0);
            return p.withOff(newOff, negativeVar ? -s.freshId() : s.freshId(), 0);
        }
        return p.withOff(newOff, p.region() == Region.MAP_VALUE ? p.varId() : 0, 0);
    }

    static String originHint(Value.Ptr p) {
        if (p.region() == Region.SOCKET && p.originPc() >= 0) {
            return " (it was loaded from __sk_buff->sk at instruction " + p.originPc() + ")";
        }
        return p.originPc() >= 0 ? " (it holds the result of the helper call at instruction " + p.originPc() + ")" : "";
    }

    static String describePtr(Value v) {
        return v.toString();
    }

    private void endian(int pc, State s, Instruction.Endian e) {
        Value v = read(pc, s, e.dst());
        if (!(v instanceof Value.Num n)) {
            pointerToNumber(pc, s, e.dst(), "byte swap");
            return;
        }
        if (rules.linux() && e.order() == dev.ringzero.ebpf.isa.ByteOrder.TO_LE && e.bits() == 64) {
            return; // a no-op on a little-endian machine: the register (and its links) stay as they are
        }
        if (rules.linux()) {
            // little-endian machine: to-little-endian only truncates
            write(pc, s, e.dst(), Value.scalar(LinuxBounds.byteOrder(n.scalar(), e.bits(), e.order() != dev.ringzero.ebpf.isa.ByteOrder.TO_LE)));
            return;
        }
        Scalar r = switch (e.order()) {
            case TO_LE -> n.scalar().truncate(e.bits());
            case TO_BE, SWAP -> n.scalar().byteSwap(e.bits());
        };
        write(pc, s, e.dst(), Value.scalar(r));
    }

    // ---- lddw -----------------------------------------------------------------------------------

    private void loadImm(int pc, State s, Instruction.LoadImm64 l) {
        switch (l.kind()) {
            case IMM64 -> write(pc, s, l.dst(), Value.scalar(Scalar.constant(l.value())));
            case MAP_FD, MAP_IDX -> {
                int index = mapIndex(pc, l.firstImm());
                SpecialFields.checkProgramType(pc, input.programType(), maps.get(index));
                write(pc, s, l.dst(), new Value.Ptr(Region.MAP_PTR, Scalar.constant(0), 0, index, 0, -1, 0, 0));
            }
            case MAP_VALUE, MAP_IDX_VALUE -> {
                int index = mapIndex(pc, l.firstImm());
                SpecialFields.checkProgramType(pc, input.programType(), maps.get(index));
                long off = Integer.toUnsignedLong(l.secondImm());
                if (off >= Math.max(1, maps.get(index).valueSize())) {
                    throw new Rejection(pc, "invalid access to map value pointer: offset " + off + " is past map "
                            + maps.get(index).name() + "'s " + maps.get(index).valueSize() + "-byte value");
                }
                write(pc, s, l.dst(), new Value.Ptr(Region.MAP_VALUE, Scalar.constant(off), 0, index, 0, -1, 0, off));
            }
            case FUNC -> write(pc, s, l.dst(),
                    new Value.Ptr(Region.FUNC, Scalar.constant(0), 0, pc + 1 + l.firstImm(), 0, -1, 0, 0));
            default -> throw new Rejection(pc, "lddw of kind " + l.kind() + " is not supported");
        }
    }

    private int mapIndex(int pc, int imm) {
        int count = globals.programMaps();
        if (imm < 0 || imm >= count) {
            throw new Rejection(pc, "lddw refers to map " + Integer.toUnsignedString(imm) + ", but the program has "
                    + count + " map" + (count == 1 ? "" : "s"));
        }
        return imm;
    }

    // ---- calls and exit -------------------------------------------------------------------------

    private Step call(int pc, State s, Instruction.Call c) {
        switch (c.kind()) {
            case HELPER -> {
                boolean returns = helpers.call(pc, s, c.imm());
                State entry = helpers.callbackEntry;
                if (entry != null) {
                    helpers.callbackEntry = null;
                    // the helper may return at once, or call the function (again): both paths go on
                    return new Step.Fork(entry.top().function, entry, pc + 1, s);
                }
                return returns ? new Step.Next(pc + 1) : new Step.Stop();
            }
            case LOCAL -> {
                int target = pc + 1 + c.imm();
                if (s.frames.size() >= MAX_FRAMES) {
                    throw new Rejection(pc, "the call stack of " + (s.frames.size() + 1) + " frames is too deep (at most "
                            + MAX_FRAMES + "): is the function recursive?");
                }
                Frame caller = s.top();
                if (rules.linux() && globals.isGlobal(target)) {
                    globals.call(pc, s, target, memory);
                    return new Step.Next(pc + 1);
                }
                Frame callee = new Frame(pc + 1, target, s.frames.size());
                for (int r = 1; r <= 5; r++) {
                    callee.regs[r] = caller.regs[r];
                }
                callee.regs[10] = new Value.Ptr(Region.STACK, Scalar.constant(0), s.frames.size(), -1, 0, -1, 0, 0);
                s.frames.add(callee);
                return new Step.Next(target);
            }
            default -> throw new Rejection(pc, "kfunc calls are not supported");
        }
    }

    private Step exit(int pc, State s) {
        Value r0 = s.reg(0);
        if (r0 instanceof Value.Uninit && !(s.frames.size() > 1 && rules.linux())) {
            // a function called with bpf-to-bpf may return nothing (void): its caller then may not read r0
            throw new Rejection(pc, "r0 is not initialized at exit: the program must set its return value");
        }
        if (s.frames.size() > 1) {
            if (r0 instanceof Value.Ptr p && p.region() == Region.STACK && p.frame() == s.depth()) {
                throw new Rejection(pc, "cannot return a pointer into the function's own stack to its caller");
            }
            if (s.top().callback) {
                return callbackReturn(pc, s, r0);
            }
            Frame callee = s.frames.removeLast();
            Frame caller = s.top();
            for (int r = 1; r <= 5; r++) caller.regs[r] = Value.UNINIT;
            caller.regs[0] = r0;
            return new Step.Next(callee.returnPc);
        }
        if (s.lock != null) {
            throw new Rejection(pc, "BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region:"
                    + " call bpf_spin_unlock on every path first");
        }
        if (!s.refs.isEmpty()) {
            var leaked = s.refs.entrySet().iterator().next();
            throw new Rejection(pc, "BPF_EXIT instruction in main prog would lead to reference leak: Unreleased reference id="
                    + leaked.getKey() + " alloc_insn=" + leaked.getValue().allocPc()
                    + ": the ring buffer reservation made at instruction " + leaked.getValue().allocPc()
                    + " is neither submitted nor discarded on this path");
        }
        if (s.top().function != 0) {
            // a global function verified on its own returns to callers that expect a number
            if (!(r0 instanceof Value.Num)) {
                throw new Rejection(pc, "At subprogram exit the register R0 is not a scalar value (" + r0
                        + "): a global function returns a number");
            }
            return new Step.Stop();
        }
        ReturnRange range = rules.checksReturnRange(input.programType()) ? input.programType().returns() : ReturnRange.ANY;
        if (r0 instanceof Value.Ptr p) {
            if (!rules.allowPointerLeaks() || !range.isAny()) {
                throw new Rejection(pc, "r0 leaks an address as the return value: it holds " + p
                        + "; return a number" + (range.isAny() ? "" : " in [" + range.min() + ", " + range.max() + "]"));
            }
            return new Step.Stop();
        }
        Scalar v = ((Value.Num) r0).scalar();
        if (!range.isAny() && (v.smin() < range.min() || v.smax() > range.max())) {
            throw new Rejection(pc, "at program exit r0 is " + v + ", but a " + input.programType().name()
                    + " program must return a value in [" + range.min() + ", " + range.max() + "]");
        }
        return new Step.Stop();
    }

    /**
     * A callback returns 0 (go on) or 1 (stop) to the helper that called it, which may call it again: the path goes
     * back to the helper call with the caller's registers as they were. Numbers the callback may have changed through
     * its context (the caller's spilled stack slots) are forgotten, so the repeated calls reach a fixpoint.
     */
    private Step callbackReturn(int pc, State s, Value r0) {
        if (!(r0 instanceof Value.Num n) || n.scalar().smin() < 0 || n.scalar().smax() > 1) {
            throw new Rejection(pc, "At callback return the register R0 has " + r0 + ", should have been in [0, 1]:"
                    + " a callback returns 0 to continue or 1 to stop");
        }
        Frame callee = s.frames.removeLast();
        for (Frame f : s.frames) {
            for (int k = 0; k < f.spills.length; k++) {
                if (f.spills[k] instanceof Value.Num) f.spills[k] = Value.unknown();
            }
        }
        return new Step.Next(callee.returnPc);
    }

    void checkCombinedStackDepth(ControlFlow cfg) {
        callGraph.check(memory.depths());
    }
}
