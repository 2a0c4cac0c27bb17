package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.isa.JumpOp;

/**
 * What a comparison of two numbers teaches on each branch: the refined operands, or null when the
 * branch cannot be taken.
 */
final class Compare {
    private Compare() {}

    /** {@code [a', b']} on the branch where {@code a op b} is {@code holds}, or null when impossible. */
    static Scalar[] refine(JumpOp op, boolean wide, Scalar a, Scalar b, boolean holds) {
        if (!wide) {
            Scalar a32 = a.low32(), b32 = b.low32();
            boolean signed = op == JumpOp.JSGT || op == JumpOp.JSGE || op == JumpOp.JSLT || op == JumpOp.JSLE;
            boolean same = a.fitsU32() && b.fitsU32()
                    && (!signed || (Long.compareUnsigned(a.umax(), 0x7FFF_FFFFL) <= 0 && Long.compareUnsigned(b.umax(), 0x7FFF_FFFFL) <= 0));
            if (same) {
                return refine(op, true, a, b, holds);
            }
            if (a32.isConstant() && b32.isConstant()) {
                long x = signed ? (int) a32.value() : a32.value(), y = signed ? (int) b32.value() : b32.value();
                return decide(op, x, y) == holds ? new Scalar[] {a, b} : null;
            }
            return new Scalar[] {a, b};
        }
        JumpOp effective = holds ? op : negate(op);
        Scalar[] r = switch (effective) {
            case JEQ -> {
                Scalar m = a.meet(b);
                yield new Scalar[] {m, m};
            }
            case JNE -> notEqual(a, b);
            case JGT -> greater(a, b, true);
            case JGE -> greater(a, b, false);
            case JLT -> swap(greater(b, a, true));
            case JLE -> swap(greater(b, a, false));
            case JSGT -> signedGreater(a, b, true);
            case JSGE -> signedGreater(a, b, false);
            case JSLT -> swap(signedGreater(b, a, true));
            case JSLE -> swap(signedGreater(b, a, false));
            case JSET -> set(a, b, holds);
            default -> new Scalar[] {a, b};
        };
        if (r == null || r[0].isEmpty() || r[1].isEmpty()) {
            return null;
        }
        return r;
    }

    private static JumpOp negate(JumpOp op) {
        return switch (op) {
            case JEQ -> JumpOp.JNE;
            case JNE -> JumpOp.JEQ;
            case JGT -> JumpOp.JLE;
            case JGE -> JumpOp.JLT;
            case JLT -> JumpOp.JGE;
            case JLE -> JumpOp.JGT;
            case JSGT -> JumpOp.JSLE;
            case JSGE -> JumpOp.JSLT;
            case JSLT -> JumpOp.JSGE;
            case JSLE -> JumpOp.JSGT;
            default -> op; // JSET: handled with the branch flag
        };
    }

    static boolean decide(JumpOp op, long x, long y) {
        return switch (op) {
            case JEQ -> x == y;
            case JNE -> x != y;
            case JGT -> Long.compareUnsigned(x, y) > 0;
            case JGE -> Long.compareUnsigned(x, y) >= 0;
            case JLT -> Long.compareUnsigned(x, y) < 0;
            case JLE -> Long.compareUnsigned(x, y) <= 0;
            case JSGT -> x > y;
            case JSGE -> x >= y;
            case JSLT -> x < y;
            case JSLE -> x <= y;
            case JSET -> (x & y) != 0;
            case JA -> true;
        };
    }

    private static Scalar[] swap(Scalar[] r) {
        return r == null ? null : new Scalar[] {r[1], r[0]};
    }

    private static Scalar[] notEqual(Scalar a, Scalar b) {
        if (a.isConstant() && b.isConstant()) {
            return a.value() == b.value() ? null : new Scalar[] {a, b};
        }
        return new Scalar[] {excludeEdge(a, b), excludeEdge(b, a)};
    }

    /** Removes {@code c}'s value from {@code a}'s interval ends when {@code c} is a constant. */
    private static Scalar excludeEdge(Scalar a, Scalar c) {
        if (!c.isConstant()) return a;
        long v = c.value();
        long umin = a.umin(), umax = a.umax(), smin = a.smin(), smax = a.smax();
        if (umin == v) umin++;
        if (umax == v) umax--;
        if (smin == v) smin++;
        if (smax == v) smax--;
        if ((a.umin() == v && umin == 0) || (a.umax() == v && umax == -1L)
                || (a.smin() == v && smin == Long.MIN_VALUE && v == Long.MAX_VALUE)
                || (a.smax() == v && smax == Long.MAX_VALUE && v == Long.MIN_VALUE)) {
            return Scalar.EMPTY;
        }
        return new Scalar(smin, smax, umin, umax, a.value(), a.mask()).normalize();
    }

    /** a > b (strict) or a >= b, unsigned. */
    private static Scalar[] greater(Scalar a, Scalar b, boolean strict) {
        long aMin = b.umin();
        long bMax = a.umax();
        if (strict) {
            if (aMin == -1L || bMax == 0) return null;
            aMin++;
            bMax--;
        }
        Scalar na = new Scalar(a.smin(), a.smax(), Long.compareUnsigned(a.umin(), aMin) >= 0 ? a.umin() : aMin, a.umax(),
                a.value(), a.mask()).normalize();
        Scalar nb = new Scalar(b.smin(), b.smax(), b.umin(), Long.compareUnsigned(b.umax(), bMax) <= 0 ? b.umax() : bMax,
                b.value(), b.mask()).normalize();
        return new Scalar[] {na, nb};
    }

    /** a > b (strict) or a >= b, signed. */
    private static Scalar[] signedGreater(Scalar a, Scalar b, boolean strict) {
        long aMin = b.smin();
        long bMax = a.smax();
        if (strict) {
            if (aMin == Long.MAX_VALUE || bMax == Long.MIN_VALUE) return null;
            aMin++;
            bMax--;
        }
        Scalar na = new Scalar(Math.max(a.smin(), aMin), a.smax(), a.umin(), a.umax(), a.value(), a.mask()).normalize();
        Scalar nb = new Scalar(b.smin(), Math.min(b.smax(), bMax), b.umin(), b.umax(), b.value(), b.mask()).normalize();
        return new Scalar[] {na, nb};
    }

    private static Scalar[] set(Scalar a, Scalar b, boolean holds) {
        if (a.isConstant() && b.isConstant()) {
            return ((a.value() & b.value()) != 0) == holds ? new Scalar[] {a, b} : null;
        }
        if (!b.isConstant()) return new Scalar[] {a, b};
        long bits = b.value();
        if (holds) {
            // some bit of `bits` is set in a: impossible when all of them are known zero
            if (((a.value() | a.mask()) & bits) == 0) return null;
            return new Scalar[] {a, b};
        }
        if ((a.value() & bits) != 0) return null;
        Scalar na = new Scalar(a.smin(), a.smax(), a.umin(), a.umax(), a.value() & ~bits, a.mask() & ~bits).normalize();
        return new Scalar[] {na, b};
    }
}
