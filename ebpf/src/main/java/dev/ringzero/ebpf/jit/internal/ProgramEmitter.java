package dev.ringzero.ebpf.jit.internal;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.INIT_NAME;
import static java.lang.constant.ConstantDescs.MTD_void;

import dev.ringzero.ebpf.isa.AluOp;
import dev.ringzero.ebpf.isa.AtomicOp;
import dev.ringzero.ebpf.isa.ByteOrder;
import dev.ringzero.ebpf.isa.CallKind;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.JumpOp;
import dev.ringzero.ebpf.isa.Operand;
import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.Interpreter;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.ProgramFault;
import dev.ringzero.ebpf.vm.RunResult;
import dev.ringzero.ebpf.vm.Semantics;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.OperatorInstruction;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits one program as the {@code execute} method of a class implementing {@link CompiledBody}. eBPF
 * registers are JVM long locals, each instruction becomes inline bytecode (the trivial ALU operations,
 * compares, moves) or an {@code invokestatic} of the {@link Semantics} method the interpreter uses (the
 * operations with edge cases); memory goes through {@link Memory}'s checked accessors, helpers through
 * {@link JitRuntime}. bpf-to-bpf calls are inline frames: the callee's code is the same method, the
 * return site is pushed on a small array and {@code exit} dispatches back through a {@code tableswitch}.
 *
 * <p>The instruction count is kept per basic block ({@link BasicBlocks}) and checked against the budget
 * at every backward jump, call and exit, so a runaway program still ends.
 */
final class ProgramEmitter {

    static final String METHOD = "execute";
    static final ClassDesc CD_BODY = ClassDesc.of(CompiledBody.class.getName());
    private static final ClassDesc CD_CONTEXT = ClassDesc.of(ExecutionContext.class.getName());
    private static final ClassDesc CD_MEMORY = ClassDesc.of(Memory.class.getName());
    private static final ClassDesc CD_RESULT = ClassDesc.of(RunResult.class.getName());
    private static final ClassDesc CD_SEMANTICS = ClassDesc.of(Semantics.class.getName());
    private static final ClassDesc CD_RUNTIME = ClassDesc.of(JitRuntime.class.getName());
    private static final ClassDesc CD_FAULT = ClassDesc.of(ProgramFault.class.getName());
    private static final ClassDesc CD_ATOMIC_OP = ClassDesc.of(AtomicOp.class.getName());

    private static final MethodTypeDesc MTD_EXECUTE =
            MethodTypeDesc.of(CD_RESULT, CD_CONTEXT, CD_MEMORY, CD_long, CD_long, CD_long);
    private static final MethodTypeDesc MTD_LL_L = MethodTypeDesc.of(CD_long, CD_long, CD_long);
    private static final MethodTypeDesc MTD_LI_L = MethodTypeDesc.of(CD_long, CD_long, CD_int);
    private static final MethodTypeDesc MTD_FAULT_IS = MethodTypeDesc.of(CD_FAULT, CD_int, CD_String);
    private static final MethodTypeDesc MTD_FAULT_IL = MethodTypeDesc.of(CD_FAULT, CD_int, CD_long);
    private static final MethodTypeDesc MTD_FAULT_I = MethodTypeDesc.of(CD_FAULT, CD_int);

    // local variable slots (slot 0 is this)
    private static final int CTX = 1, MEM = 2, ARG_R1 = 3, ARG_R2 = 5, ARG_EXECUTED = 7;
    private static final int R0 = 9; // r0..r10 at R0 + 2 * i
    private static final int COUNT = 31, BUDGET = 33, DEPTH = 35, SAVED = 36, SITES = 37, RESULT = 38, PACKET_VALUE = 39;

    private final Code code;
    private final BasicBlocks blocks;
    private final boolean hasLocalCalls;
    private final List<Integer> callSites = new ArrayList<>();
    private Label[] labels;
    /** Code placed after the program: budget checks of backward branches, traps of lddw second halves. */
    private final List<Runnable> outOfLine = new ArrayList<>();
    /** Where an exit inside a bpf-to-bpf function goes; created by the first such exit. */
    private Label returnDispatch;
    private CodeBuilder cb;

    private ProgramEmitter(Code code) {
        this.code = code;
        this.blocks = BasicBlocks.of(code);
        boolean calls = false;
        for (int pc = 0; pc < code.length(); pc++) {
            if (code.at(pc) instanceof Instruction.Call c && c.kind() == CallKind.LOCAL) {
                calls = true;
                callSites.add(pc);
            }
        }
        this.hasLocalCalls = calls;
    }

    /** The class file of a hidden class named {@code name} that runs {@code code}. */
    static byte[] emit(ClassFile classFile, ClassDesc name, Code code) {
        ProgramEmitter emitter = new ProgramEmitter(code);
        return classFile.build(name, clb -> clb
                .withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER)
                .withInterfaceSymbols(CD_BODY)
                .withMethodBody(INIT_NAME, MTD_void, ClassFile.ACC_PUBLIC, c -> c
                        .aload(0).invokespecial(CD_Object, INIT_NAME, MTD_void).return_())
                .withMethodBody(METHOD, MTD_EXECUTE, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL, emitter::body));
    }

    private static int reg(int r) { return R0 + 2 * r; }

    private void body(CodeBuilder cb) {
        this.cb = cb;
        int n = code.length();
        labels = new Label[n + 1];
        for (int pc = 0; pc <= n; pc++) {
            labels[pc] = cb.newLabel();
        }
        prologue();
        for (int pc = 0; pc < n; pc++) {
            Instruction insn = code.at(pc);
            if (insn == null) {
                final int at = pc;
                // the second half of an lddw: only jumps land here, and they trap
                outOfLine.add(() -> {
                    cb.labelBinding(labels[at]);
                    trap(at, "jump into the middle of an lddw");
                });
                continue;
            }
            cb.labelBinding(labels[pc]);
            if (blocks.startsBlock(pc)) {
                addCount(blocks.length(pc));
            }
            instruction(pc, insn);
        }
        cb.labelBinding(labels[n]);
        trap(n, "fell off the end of the program");
        if (hasLocalCalls) {
            returnDispatch();
        }
        for (int i = 0; i < outOfLine.size(); i++) { // stubs may add stubs
            outOfLine.get(i).run();
        }
    }

    private void prologue() {
        for (int r = 0; r <= 10; r++) {
            cb.lconst_0().lstore(reg(r));
        }
        cb.lload(ARG_R1).lstore(reg(1));
        cb.lload(ARG_R2).lstore(reg(2));
        cb.aload(MEM).iconst_0().invokevirtual(CD_MEMORY, "framePointer", MethodTypeDesc.of(CD_long, CD_int))
                .lstore(reg(10));
        cb.lload(ARG_EXECUTED).lstore(COUNT);
        cb.aload(CTX).invokevirtual(CD_CONTEXT, "budget", MethodTypeDesc.of(CD_long)).lstore(BUDGET);
        cb.iconst_0().istore(DEPTH);
        if (hasLocalCalls) {
            cb.loadConstant(Interpreter.MAX_CALL_DEPTH * 4).newarray(TypeKind.LONG).astore(SAVED);
            cb.loadConstant(Interpreter.MAX_CALL_DEPTH).newarray(TypeKind.INT).astore(SITES);
        } else {
            cb.aconst_null().astore(SAVED);
            cb.aconst_null().astore(SITES);
        }
        cb.aconst_null().astore(RESULT);
        cb.lconst_0().lstore(PACKET_VALUE);
    }

    // ------------------------------------------------------------------ instructions

    private void instruction(int pc, Instruction insn) {
        switch (insn) {
            case Instruction.Alu a -> alu(a);
            case Instruction.Endian e -> {
                cb.lload(reg(e.dst())).loadConstant(e.bits());
                cb.invokestatic(CD_SEMANTICS, e.order() == ByteOrder.TO_LE ? "toLittleEndian" : "byteSwap", MTD_LI_L);
                cb.lstore(reg(e.dst()));
            }
            case Instruction.Jump j -> jump(pc, j);
            case Instruction.Call c -> {
                switch (c.kind()) {
                    case HELPER -> helperCall(pc, () -> cb.loadConstant((long) c.imm()));
                    case LOCAL -> localCall(pc, pc + c.imm() + 1);
                    case KFUNC -> trap(pc, "kfunc calls are not supported");
                }
            }
            case Instruction.CallReg c -> helperCall(pc, () -> cb.lload(reg(c.reg())));
            case Instruction.Exit x -> exit(pc);
            case Instruction.Load l -> {
                cb.aload(MEM).lload(reg(l.src()));
                addOffset(l.offset());
                cb.loadConstant(l.size().bytes()).loadConstant(pc);
                cb.invokevirtual(CD_MEMORY, "load", MethodTypeDesc.of(CD_long, CD_long, CD_int, CD_int));
                if (l.signExtend()) {
                    cb.loadConstant(l.size().bytes()).invokestatic(CD_SEMANTICS, "signExtend", MTD_LI_L);
                }
                cb.lstore(reg(l.dst()));
            }
            case Instruction.Store s -> {
                cb.aload(MEM).lload(reg(s.dst()));
                addOffset(s.offset());
                cb.loadConstant(s.size().bytes());
                switch (s.value()) {
                    case Operand.Reg r -> cb.lload(reg(r.reg()));
                    case Operand.Imm i -> cb.loadConstant((long) i.value());
                }
                cb.loadConstant(pc);
                cb.invokevirtual(CD_MEMORY, "store", MethodTypeDesc.of(CD_void, CD_long, CD_int, CD_long, CD_int));
            }
            case Instruction.Atomic a -> atomic(pc, a);
            case Instruction.LoadImm64 l -> {
                switch (l.kind()) {
                    case IMM64 -> cb.loadConstant(l.value());
                    case MAP_FD, MAP_IDX -> cb.aload(CTX).loadConstant(l.firstImm()).loadConstant(pc)
                            .invokevirtual(CD_CONTEXT, "mapPointer", MethodTypeDesc.of(CD_long, CD_int, CD_int));
                    case MAP_VALUE, MAP_IDX_VALUE -> cb.aload(CTX).loadConstant(l.firstImm())
                            .loadConstant(l.secondImm()).loadConstant(pc)
                            .invokevirtual(CD_CONTEXT, "mapValueAddress", MethodTypeDesc.of(CD_long, CD_int, CD_int, CD_int));
                    default -> {
                        trap(pc, "lddw of kind " + l.kind() + " is not supported");
                        return;
                    }
                }
                cb.lstore(reg(l.dst()));
            }
            case Instruction.LoadPacket p -> {
                cb.aload(MEM);
                if (p.indirect()) {
                    cb.lload(reg(p.src())).loadConstant((long) p.imm()).ladd();
                } else {
                    cb.loadConstant((long) p.imm());
                }
                cb.loadConstant(p.size().bytes()).loadConstant(pc);
                cb.invokestatic(CD_SEMANTICS, "loadPacket", MethodTypeDesc.of(CD_long, CD_MEMORY, CD_long, CD_int, CD_int));
                cb.lstore(PACKET_VALUE);
                Label inPacket = cb.newLabel();
                cb.lload(PACKET_VALUE).lconst_0().lcmp().ifge(inPacket);
                // out of bounds: the program ends with r0 = 0
                returnResult(() -> cb.lconst_0());
                cb.labelBinding(inPacket);
                cb.lload(PACKET_VALUE).lstore(reg(0));
            }
        }
    }

    private void addOffset(int offset) {
        if (offset != 0) {
            cb.loadConstant((long) offset).ladd();
        }
    }

    private void addCount(int instructions) {
        if (instructions > 0) {
            cb.lload(COUNT).loadConstant((long) instructions).ladd().lstore(COUNT);
        }
    }

    private void budgetCheck(int pc) {
        Label ok = cb.newLabel();
        cb.lload(COUNT).lload(BUDGET).lcmp().ifle(ok);
        cb.loadConstant(pc).lload(BUDGET).invokestatic(CD_RUNTIME, "budgetExhausted", MTD_FAULT_IL).athrow();
        cb.labelBinding(ok);
    }

    private void trap(int pc, String reason) {
        cb.loadConstant(pc).loadConstant(reason).invokestatic(CD_RUNTIME, "trap", MTD_FAULT_IS).athrow();
    }

    private void returnResult(Runnable pushR0) {
        cb.new_(CD_RESULT).dup();
        pushR0.run();
        cb.lload(COUNT);
        cb.invokespecial(CD_RESULT, INIT_NAME, MethodTypeDesc.of(CD_void, CD_long, CD_long));
        cb.areturn();
    }

    // ------------------------------------------------------------------ ALU

    private void alu(Instruction.Alu a) {
        int d = reg(a.dst());
        Operand operand = a.operand();
        AluOp op = a.op();
        if (a.wide()) {
            switch (op) {
                case MOV -> pushOperand64(operand);
                case NEG -> cb.lload(d).lneg();
                case ADD, SUB, MUL, OR, AND, XOR -> {
                    cb.lload(d);
                    pushOperand64(operand);
                    cb.with(OperatorInstruction.of(longOp(op)));
                }
                case LSH, RSH, ARSH -> {
                    cb.lload(d);
                    pushShift(operand, 63);
                    cb.with(OperatorInstruction.of(
                            op == AluOp.LSH ? Opcode.LSHL : op == AluOp.RSH ? Opcode.LUSHR : Opcode.LSHR));
                }
                case DIV, MOD, SDIV, SMOD -> {
                    cb.lload(d);
                    pushOperand64(operand);
                    cb.invokestatic(CD_SEMANTICS, semanticsName(op, "64"), MTD_LL_L);
                }
                case MOVSX8, MOVSX16, MOVSX32 -> {
                    pushOperand64(operand);
                    cb.loadConstant(movsxBits(op)).invokestatic(CD_SEMANTICS, "movsx64", MTD_LI_L);
                }
            }
        } else {
            switch (op) {
                case MOV -> {
                    pushOperand64(operand);
                    zeroExtend();
                }
                case NEG -> {
                    cb.lload(d).l2i().ineg();
                    zeroExtendInt();
                }
                case ADD, SUB, MUL, OR, AND, XOR -> {
                    cb.lload(d).l2i();
                    pushOperand32(operand);
                    cb.with(OperatorInstruction.of(intOp(op)));
                    zeroExtendInt();
                }
                case LSH, RSH, ARSH -> {
                    cb.lload(d).l2i();
                    pushShift(operand, 31);
                    cb.with(OperatorInstruction.of(
                            op == AluOp.LSH ? Opcode.ISHL : op == AluOp.RSH ? Opcode.IUSHR : Opcode.ISHR));
                    zeroExtendInt();
                }
                case DIV, MOD, SDIV, SMOD -> {
                    cb.lload(d);
                    pushOperand64(operand);
                    cb.invokestatic(CD_SEMANTICS, semanticsName(op, "32"), MTD_LL_L);
                }
                case MOVSX8, MOVSX16, MOVSX32 -> {
                    pushOperand64(operand);
                    cb.loadConstant(movsxBits(op)).invokestatic(CD_SEMANTICS, "movsx32", MTD_LI_L);
                }
            }
        }
        cb.lstore(d);
    }

    private static Opcode longOp(AluOp op) {
        return switch (op) {
            case ADD -> Opcode.LADD;
            case SUB -> Opcode.LSUB;
            case MUL -> Opcode.LMUL;
            case OR -> Opcode.LOR;
            case AND -> Opcode.LAND;
            case XOR -> Opcode.LXOR;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    private static Opcode intOp(AluOp op) {
        return switch (op) {
            case ADD -> Opcode.IADD;
            case SUB -> Opcode.ISUB;
            case MUL -> Opcode.IMUL;
            case OR -> Opcode.IOR;
            case AND -> Opcode.IAND;
            case XOR -> Opcode.IXOR;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    private static String semanticsName(AluOp op, String width) {
        return switch (op) {
            case DIV -> "div";
            case MOD -> "mod";
            case SDIV -> "sdiv";
            case SMOD -> "smod";
            default -> throw new IllegalArgumentException(op.name());
        } + width;
    }

    private static int movsxBits(AluOp op) {
        return op == AluOp.MOVSX8 ? 8 : op == AluOp.MOVSX16 ? 16 : 32;
    }

    /** The operand as a long: a register, or the immediate sign-extended to 64 bits. */
    private void pushOperand64(Operand operand) {
        switch (operand) {
            case Operand.Reg r -> cb.lload(reg(r.reg()));
            case Operand.Imm i -> cb.loadConstant((long) i.value());
        }
    }

    private void pushOperand32(Operand operand) {
        switch (operand) {
            case Operand.Reg r -> cb.lload(reg(r.reg())).l2i();
            case Operand.Imm i -> cb.loadConstant(i.value());
        }
    }

    /** A shift amount as an int; the JVM's shifts mask it to 63 (long) or 31 (int), as eBPF does. */
    private void pushShift(Operand operand, int mask) {
        switch (operand) {
            case Operand.Reg r -> cb.lload(reg(r.reg())).l2i();
            case Operand.Imm i -> cb.loadConstant(i.value() & mask);
        }
    }

    private void zeroExtend() {
        cb.loadConstant(0xffff_ffffL).land();
    }

    private void zeroExtendInt() {
        cb.i2l();
        zeroExtend();
    }

    // ------------------------------------------------------------------ jumps

    private void jump(int pc, Instruction.Jump j) {
        int target = pc + j.offset() + 1;
        if (target < 0 || target >= code.length()) {
            trap(pc, "jump to pc " + target + ", outside the program");
            return;
        }
        boolean backward = target <= pc;
        if (j.op() == JumpOp.JA) {
            if (backward) {
                budgetCheck(pc);
            }
            cb.goto_(labels[target]);
            return;
        }
        Label taken = labels[target];
        if (backward) {
            Label stub = cb.newLabel();
            outOfLine.add(() -> {
                cb.labelBinding(stub);
                budgetCheck(pc);
                cb.goto_(labels[target]);
            });
            taken = stub;
        }
        condition(j, taken);
    }

    /** Branches to {@code taken} when the jump's condition holds. */
    private void condition(Instruction.Jump j, Label taken) {
        JumpOp op = j.op();
        int d = reg(j.dst());
        boolean unsigned = op == JumpOp.JGT || op == JumpOp.JGE || op == JumpOp.JLT || op == JumpOp.JLE;
        if (j.wide()) {
            if (op == JumpOp.JSET) {
                cb.lload(d);
                pushOperand64(j.operand());
                cb.land().lconst_0().lcmp().ifne(taken);
                return;
            }
            cb.lload(d);
            if (unsigned) {
                cb.loadConstant(Long.MIN_VALUE).lxor();
                switch (j.operand()) {
                    case Operand.Reg r -> cb.lload(reg(r.reg())).loadConstant(Long.MIN_VALUE).lxor();
                    case Operand.Imm i -> cb.loadConstant((long) i.value() ^ Long.MIN_VALUE);
                }
            } else {
                pushOperand64(j.operand());
            }
            cb.lcmp();
            cb.branch(zeroCompare(op), taken);
        } else {
            if (op == JumpOp.JSET) {
                cb.lload(d).l2i();
                pushOperand32(j.operand());
                cb.iand().ifne(taken);
                return;
            }
            cb.lload(d).l2i();
            if (unsigned) {
                cb.loadConstant(Integer.MIN_VALUE).ixor();
                switch (j.operand()) {
                    case Operand.Reg r -> cb.lload(reg(r.reg())).l2i().loadConstant(Integer.MIN_VALUE).ixor();
                    case Operand.Imm i -> cb.loadConstant(i.value() ^ Integer.MIN_VALUE);
                }
            } else {
                pushOperand32(j.operand());
            }
            cb.branch(intCompare(op), taken);
        }
    }

    private static Opcode zeroCompare(JumpOp op) {
        return switch (op) {
            case JEQ -> Opcode.IFEQ;
            case JNE -> Opcode.IFNE;
            case JGT, JSGT -> Opcode.IFGT;
            case JGE, JSGE -> Opcode.IFGE;
            case JLT, JSLT -> Opcode.IFLT;
            case JLE, JSLE -> Opcode.IFLE;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    private static Opcode intCompare(JumpOp op) {
        return switch (op) {
            case JEQ -> Opcode.IF_ICMPEQ;
            case JNE -> Opcode.IF_ICMPNE;
            case JGT, JSGT -> Opcode.IF_ICMPGT;
            case JGE, JSGE -> Opcode.IF_ICMPGE;
            case JLT, JSLT -> Opcode.IF_ICMPLT;
            case JLE, JSLE -> Opcode.IF_ICMPLE;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    // ------------------------------------------------------------------ memory

    private void atomic(int pc, Instruction.Atomic a) {
        int bytes = a.size().bytes();
        cb.aload(MEM).getstatic(CD_ATOMIC_OP, a.op().name(), CD_ATOMIC_OP);
        cb.lload(reg(a.dst()));
        addOffset(a.offset());
        cb.loadConstant(bytes).lload(reg(a.src())).lload(reg(0)).loadConstant(pc);
        cb.invokevirtual(CD_MEMORY, "atomic",
                MethodTypeDesc.of(CD_long, CD_ATOMIC_OP, CD_long, CD_int, CD_long, CD_long, CD_int));
        if (a.op() == AtomicOp.CMPXCHG || a.op().fetches()) {
            if (bytes == 4) {
                zeroExtend();
            }
            cb.lstore(reg(a.op() == AtomicOp.CMPXCHG ? 0 : a.src()));
        } else {
            cb.pop2();
        }
    }

    // ------------------------------------------------------------------ calls and exit

    private void helperCall(int pc, Runnable pushId) {
        budgetCheck(pc);
        cb.aload(CTX);
        pushId.run();
        for (int r = 1; r <= 5; r++) {
            cb.lload(reg(r));
        }
        cb.loadConstant(pc);
        cb.invokestatic(CD_RUNTIME, "callHelper", MethodTypeDesc.of(CD_long, CD_CONTEXT, CD_long,
                CD_long, CD_long, CD_long, CD_long, CD_long, CD_int));
        cb.lstore(reg(0));
        cb.aload(CTX).lload(reg(0)).lload(COUNT).iload(DEPTH).lload(ARG_R1).loadConstant(pc);
        cb.invokestatic(CD_RUNTIME, "afterHelper", MethodTypeDesc.of(CD_RESULT, CD_CONTEXT, CD_long, CD_long,
                CD_int, CD_long, CD_int));
        cb.astore(RESULT);
        Label goOn = cb.newLabel();
        cb.aload(RESULT).ifnull(goOn);
        cb.aload(RESULT).areturn();
        cb.labelBinding(goOn);
    }

    private void localCall(int pc, int target) {
        if (target < 0 || target >= code.length()) {
            trap(pc, "call of pc " + target + ", outside the program");
            return;
        }
        budgetCheck(pc);
        Label ok = cb.newLabel();
        cb.iload(DEPTH).iconst_1().iadd().loadConstant(Interpreter.MAX_CALL_DEPTH).if_icmplt(ok);
        cb.loadConstant(pc).invokestatic(CD_RUNTIME, "callDepth", MTD_FAULT_I).athrow();
        cb.labelBinding(ok);
        for (int i = 0; i < 4; i++) {
            cb.aload(SAVED).iload(DEPTH).iconst_2().ishl();
            if (i > 0) {
                cb.loadConstant(i).iadd();
            }
            cb.lload(reg(6 + i)).lastore();
        }
        cb.aload(SITES).iload(DEPTH).loadConstant(callSites.indexOf(pc)).iastore();
        cb.iinc(DEPTH, 1);
        enterFrame();
        cb.goto_(labels[target]);
    }

    /** Makes frame DEPTH current and points r10 at its top. */
    private void enterFrame() {
        cb.aload(MEM).iload(DEPTH).invokevirtual(CD_MEMORY, "enterFrame", MethodTypeDesc.of(CD_void, CD_int));
        cb.aload(MEM).iload(DEPTH).invokevirtual(CD_MEMORY, "framePointer", MethodTypeDesc.of(CD_long, CD_int));
        cb.lstore(reg(10));
    }

    private void exit(int pc) {
        budgetCheck(pc);
        if (hasLocalCalls) {
            if (returnDispatch == null) {
                returnDispatch = cb.newLabel();
            }
            cb.iload(DEPTH).ifne(returnDispatch);
        }
        returnResult(() -> cb.lload(reg(0)));
    }

    /** exit from a bpf-to-bpf function: restore r6-r9 and the frame, then jump back to the call site. */
    private void returnDispatch() {
        if (returnDispatch == null) {
            return;
        }
        cb.labelBinding(returnDispatch);
        cb.iinc(DEPTH, -1);
        for (int i = 0; i < 4; i++) {
            cb.aload(SAVED).iload(DEPTH).iconst_2().ishl();
            if (i > 0) {
                cb.loadConstant(i).iadd();
            }
            cb.laload().lstore(reg(6 + i));
        }
        enterFrame();
        List<SwitchCase> cases = new ArrayList<>();
        for (int i = 0; i < callSites.size(); i++) {
            cases.add(SwitchCase.of(i, labels[callSites.get(i) + 1]));
        }
        Label corrupt = cb.newLabel();
        cb.aload(SITES).iload(DEPTH).iaload();
        cb.tableswitch(0, callSites.size() - 1, corrupt, cases);
        cb.labelBinding(corrupt);
        trap(-1, "return to an unknown call site");
    }
}
