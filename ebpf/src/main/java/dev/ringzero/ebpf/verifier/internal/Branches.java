package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.JumpOp;
import dev.ringzero.ebpf.isa.Operand;

/**
 * Conditional jumps: which branches are possible and what each teaches — number ranges, NULL checks
 * (all copies of the checked pointer together), and packet bounds from comparisons with the end.
 */
final class Branches {
    private final Rules rules;

    Branches(Rules rules) {
        this.rules = rules;
    }

    Step jump(int pc, State s, Instruction.Jump j) {
        int target = pc + 1 + j.offset();
        if (j.isUnconditional()) {
            return new Step.Next(target);
        }
        Value a = Transfer.read(pc, s, j.dst());
        Value b = switch (j.operand()) {
            case Operand.Imm imm -> Value.scalar(Scalar.constant(j.wide() ? (long) imm.value() : imm.value() & 0xFFFF_FFFFL));
            case Operand.Reg reg -> Transfer.read(pc, s, reg.reg());
        };
        int srcReg = j.operand() instanceof Operand.Reg r ? r.reg() : -1;
        State taken = s.copy();
        State fall = s;
        boolean takenOk, fallOk;
        if (a instanceof Value.Num x && b instanceof Value.Num y && rules.linux()) {
            // Linux: a decided comparison follows one branch and learns nothing; otherwise both branches refine
            // both operands (is_branch_taken, reg_set_min_max). An immediate is the sign-extended constant.
            Scalar right = j.operand() instanceof Operand.Imm imm ? Scalar.constant(imm.value()) : y.scalar();
            // a register compared with itself is refined as one (Linux 6.18 applies both operands' updates to it)
            boolean same = srcReg == j.dst();
            int decided = LinuxBounds.branchTaken(j.op(), j.wide(), x.scalar(), right);
            if (decided >= 0) {
                return decided == 1 ? new Step.Fork(target, s, pc + 1, null) : new Step.Fork(target, null, pc + 1, s);
            }
            Scalar[] t = LinuxBounds.refine(j.op(), j.wide(), x.scalar(), right, true, same);
            Scalar[] f = LinuxBounds.refine(j.op(), j.wide(), x.scalar(), right, false, same);
            update(taken, j.dst(), x, t[0]);
            update(fall, j.dst(), x, f[0]);
            if (srcReg >= 0 && !same) {
                update(taken, srcReg, y, t[1]);
                update(fall, srcReg, y, f[1]);
            }
            return new Step.Fork(target, taken, pc + 1, fall);
        }
        if (a instanceof Value.Num x && b instanceof Value.Num y) {
            takenOk = refineNumbers(taken, j, x, y, srcReg, true);
            fallOk = refineNumbers(fall, j, x, y, srcReg, false);
        } else {
            int[] outcome = pointers(pc, j, a, b, taken, fall);
            takenOk = outcome[0] != 0;
            fallOk = outcome[1] != 0;
        }
        if (!takenOk && !fallOk) {
            return new Step.Stop();
        }
        return new Step.Fork(target, takenOk ? taken : null, pc + 1, fallOk ? fall : null);
    }

    private boolean refineNumbers(State s, Instruction.Jump j, Value.Num x, Value.Num y, int srcReg, boolean holds) {
        Scalar[] r = Compare.refine(j.op(), j.wide(), x.scalar(), y.scalar(), holds);
        if (r == null) {
            return false;
        }
        update(s, j.dst(), x, r[0]);
        if (srcReg >= 0) {
            update(s, srcReg, y, r[1]);
        }
        return true;
    }

    private void update(State s, int reg, Value.Num old, Scalar refined) {
        Value.Num now = old.withScalar(refined);
        s.set(reg, now);
        if (old.id() != 0) {
            s.replaceAll(v -> v instanceof Value.Num n && n.id() == old.id() ? n.withScalar(refined) : v);
        }
        if (old.link() != null && refined.smin() > 0 && old.scalar().smin() >= 0) {
            Value.PacketLink link = old.link();
            long known = link.fixed() + refined.smin();
            if (known > s.range(link.varId())) {
                s.packetRange.put(link.varId(), known);
            }
        }
    }

    /** Pointer comparisons: {outcome taken, outcome fall-through}, 1 = possible. */
    private int[] pointers(int pc, Instruction.Jump j, Value a, Value b, State taken, State fall) {
        JumpOp op = j.op();
        boolean eq = op == JumpOp.JEQ || op == JumpOp.JNE;
        // NULL checks
        Value.Ptr p = a instanceof Value.Ptr pa ? pa : (Value.Ptr) b;
        Value other = p == a ? b : a;
        if (other instanceof Value.Num n && n.scalar().isZero() && eq && j.wide()) {
            if (p.maybeNull()) {
                State isNull = op == JumpOp.JEQ ? taken : fall;
                State notNull = op == JumpOp.JEQ ? fall : taken;
                int id = p.nullId();
                isNull.replaceAll(v -> v instanceof Value.Ptr q && q.nullId() == id ? Value.scalar(Scalar.constant(0)) : v);
                notNull.replaceAll(v -> v instanceof Value.Ptr q && q.nullId() == id ? q.nonNull() : v);
                return new int[] {1, 1};
            }
            // a valid pointer is never NULL (Linux concludes it for map values and map pointers, reg_not_null)
            if (!rules.linux() || p.region() == Region.MAP_VALUE || p.region() == Region.MAP_PTR) {
                return op == JumpOp.JEQ ? new int[] {0, 1} : new int[] {1, 0};
            }
            if (!rules.allowPointerLeaks()) {
                throw new Rejection(pc, "pointer comparison prohibited: " + p + " " + op.symbol() + " 0");
            }
            return new int[] {1, 1};
        }
        if (a instanceof Value.Ptr x && b instanceof Value.Ptr y && j.wide()) {
            if (x.region() == Region.PACKET && y.region() == Region.PACKET_END) {
                packetBound(x, op, false, taken, fall);
                return new int[] {1, 1};
            }
            if (x.region() == Region.PACKET_END && y.region() == Region.PACKET) {
                packetBound(y, op, true, taken, fall);
                return new int[] {1, 1};
            }
            if (x.region() == Region.PACKET_META && y.region() == Region.PACKET && y.off().isZero()) {
                metaBound(x, op, false, taken, fall);
                return new int[] {1, 1};
            }
            if (x.region() == Region.PACKET && x.off().isZero() && y.region() == Region.PACKET_META) {
                metaBound(y, op, true, taken, fall);
                return new int[] {1, 1};
            }
        }
        if (p.maybeNull()) {
            throw new Rejection(pc, "comparison of a pointer that may be NULL" + Transfer.originHint(p)
                    + ": compare it with 0 first");
        }
        if (rules.allowPointerLeaks()) {
            return new int[] {1, 1};
        }
        if (a instanceof Value.Ptr x && b instanceof Value.Ptr y && !rules.linux() && x.region() == y.region()) {
            return new int[] {1, 1};
        }
        throw new Rejection(pc, "pointer comparison prohibited: " + a + " " + op.symbol() + " " + b
                + (rules.linux() ? " (allowed only to a privileged loader)" : " (pointers into different regions)"));
    }

    /**
     * {@code pkt op end} (or {@code end op pkt} when {@code endFirst}): on the branch where the pointer
     * is at most the end, every byte before the pointer exists.
     */
    private void packetBound(Value.Ptr pkt, JumpOp op, boolean endFirst, State taken, State fall) {
        JumpOp o = endFirst ? mirror(op) : op;
        // pkt <= end: the bytes before pkt exist; pkt < end: one more (Linux's range_right_open)
        State within;
        long extra;
        switch (o) {
            case JGT -> { within = fall; extra = 0; }   // !(pkt > end): pkt <= end
            case JGE -> { within = fall; extra = 1; }   // !(pkt >= end): pkt < end
            case JLT -> { within = taken; extra = 1; }  // pkt < end
            case JLE -> { within = taken; extra = 0; }  // pkt <= end
            default -> { return; }
        }
        long known = pkt.fixed() + extra;
        // as Linux: pkt < end with no offset proves nothing, nor does a pointer that may lie past 64 KiB
        if (pkt.fixed() <= 0 || pkt.off().smin() < 0 || Long.compareUnsigned(pkt.off().umax(), 0xFFFF) > 0 || pkt.varId() < 0) {
            return;
        }
        if (known > within.range(pkt.varId())) {
            within.packetRange.put(pkt.varId(), known);
        }
    }

    /** {@code meta op data}: on the branch where the metadata pointer is at most data, the bytes before it exist. */
    private void metaBound(Value.Ptr meta, JumpOp op, boolean dataFirst, State taken, State fall) {
        JumpOp o = dataFirst ? mirror(op) : op;
        State within = switch (o) {
            case JGT, JGE -> fall;
            case JLT, JLE -> taken;
            default -> null;
        };
        if (within == null || !meta.off().isConstant() || meta.off().value() <= 0) {
            return;
        }
        if (meta.off().value() > within.range(State.META)) {
            within.packetRange.put(State.META, meta.off().value());
        }
    }

    private static JumpOp mirror(JumpOp op) {
        return switch (op) {
            case JGT -> JumpOp.JLT;
            case JGE -> JumpOp.JLE;
            case JLT -> JumpOp.JGT;
            case JLE -> JumpOp.JGE;
            default -> op;
        };
    }
}
