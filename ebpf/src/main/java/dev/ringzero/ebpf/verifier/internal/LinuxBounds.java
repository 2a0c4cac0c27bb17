package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.isa.AluOp;
import dev.ringzero.ebpf.isa.JumpOp;

/**
 * A number as the Linux 6.18 verifier tracks it in a register (the scalar part of its
 * {@code bpf_reg_state}), with the kernel's algorithms for arithmetic, moves, loads and conditional
 * jumps. The point is the same verdict as the kernel, so this reproduces its imprecisions too (for
 * instance the 32-to-64-bit deduction that overwrites tighter 64-bit bounds). Mutable working copy:
 * convert from and to the immutable {@link Scalar}.
 */
final class LinuxBounds {
    private static final long LOW32 = 0xFFFF_FFFFL;

    long smin, smax, umin, umax;
    int s32min, s32max, u32min, u32max;
    long value, mask;

    private LinuxBounds(Scalar s) {
        smin = s.smin();
        smax = s.smax();
        umin = s.umin();
        umax = s.umax();
        s32min = s.s32min();
        s32max = s.s32max();
        u32min = s.u32min();
        u32max = s.u32max();
        value = s.value();
        mask = s.mask();
    }

    static LinuxBounds of(Scalar s) {
        return new LinuxBounds(s);
    }

    Scalar toScalar() {
        return new Scalar(smin, smax, umin, umax, s32min, s32max, u32min, u32max, value, mask);
    }

    /** The scalar with its views tightened by each other as Linux does. */
    static Scalar synced(Scalar s) {
        LinuxBounds b = of(s);
        b.sync();
        return b.toScalar();
    }

    // ---- small helpers --------------------------------------------------------------------------

    private static long umaxOf(long a, long b) { return Long.compareUnsigned(a, b) >= 0 ? a : b; }
    private static long uminOf(long a, long b) { return Long.compareUnsigned(a, b) <= 0 ? a : b; }
    private static int umax32(int a, int b) { return Integer.compareUnsigned(a, b) >= 0 ? a : b; }
    private static int umin32(int a, int b) { return Integer.compareUnsigned(a, b) <= 0 ? a : b; }
    private static boolean ult(long a, long b) { return Long.compareUnsigned(a, b) < 0; }
    private static boolean ult32(int a, int b) { return Integer.compareUnsigned(a, b) < 0; }

    boolean isConst() { return mask == 0; }
    boolean isConst32() { return (mask & LOW32) == 0; }

    /** __mark_reg_known */
    void markKnown(long v) {
        value = v;
        mask = 0;
        smin = smax = umin = umax = v;
        s32min = s32max = u32min = u32max = (int) v;
    }

    /** __mark_reg32_known */
    private void markKnown32(long v) {
        value = (value & ~LOW32) | (v & LOW32);
        mask &= ~LOW32;
        s32min = s32max = u32min = u32max = (int) v;
    }

    void markUnbounded64() {
        smin = Long.MIN_VALUE;
        smax = Long.MAX_VALUE;
        umin = 0;
        umax = -1L;
    }

    void markUnbounded32() {
        s32min = Integer.MIN_VALUE;
        s32max = Integer.MAX_VALUE;
        u32min = 0;
        u32max = -1;
    }

    /** __mark_reg_unknown */
    void markUnknown() {
        markUnbounded64();
        markUnbounded32();
        value = 0;
        mask = -1L;
    }

    // ---- reg_bounds_sync and its parts ------------------------------------------------------------

    /** __update_reg32_bounds: bounds implied by the low 32 known bits. */
    private void boundsFromBits32() {
        int v = (int) value, m = (int) mask;
        s32min = Math.max(s32min, v | (m & Integer.MIN_VALUE));
        s32max = Math.min(s32max, v | (m & Integer.MAX_VALUE));
        u32min = umax32(u32min, v);
        u32max = umin32(u32max, v | m);
    }

    /** __update_reg64_bounds */
    private void boundsFromBits64() {
        smin = Math.max(smin, value | (mask & Long.MIN_VALUE));
        smax = Math.min(smax, value | (mask & Long.MAX_VALUE));
        umin = umaxOf(umin, value);
        umax = uminOf(umax, value | mask);
        // Linux 6.18.y: when the unsigned range and the known bits share a single value, that is the number
        long next = Tnum.step(value, mask, umin);
        boolean uminFits = (umin & ~mask) == value;
        long tmax = value | mask;
        if (uminFits && ult(umax, next)) {
            markKnown(umin);
        } else if (!uminFits && next == tmax) {
            markKnown(tmax);
        } else if (!uminFits && !ult(umax, next) && ult(umax, Tnum.step(value, mask, next))) {
            markKnown(next);
        }
    }

    /** __update_reg_bounds */
    void boundsFromBits() {
        boundsFromBits32();
        boundsFromBits64();
    }

    /** __reg32_deduce_bounds */
    private void deduce32() {
        if ((umin >>> 32) == (umax >>> 32)) {
            u32min = umax32(u32min, (int) umin);
            u32max = umin32(u32max, (int) umax);
            if ((int) umin <= (int) umax) {
                s32min = Math.max(s32min, (int) umin);
                s32max = Math.min(s32max, (int) umax);
            }
        }
        if ((smin >> 32) == (smax >> 32)) {
            if (Integer.compareUnsigned((int) smin, (int) smax) <= 0) {
                u32min = umax32(u32min, (int) smin);
                u32max = umin32(u32max, (int) smax);
            }
            if ((int) smin <= (int) smax) {
                s32min = Math.max(s32min, (int) smin);
                s32max = Math.min(s32max, (int) smax);
            }
        }
        if ((int) (umin >>> 32) + 1 == (int) (umax >>> 32) && (int) umin < 0 && (int) umax >= 0) {
            s32min = Math.max(s32min, (int) umin);
            s32max = Math.min(s32max, (int) umax);
        }
        if ((int) (smin >> 32) + 1 == (int) (smax >> 32) && (int) smin < 0 && (int) smax >= 0) {
            s32min = Math.max(s32min, (int) smin);
            s32max = Math.min(s32max, (int) smax);
        }
        if (u32min <= u32max) { // the unsigned 32-bit range does not cross the sign bit
            s32min = Math.max(s32min, u32min);
            s32max = Math.min(s32max, u32max);
        }
        if (Integer.compareUnsigned(s32min, s32max) <= 0) {
            u32min = umax32(s32min, u32min);
            u32max = umin32(s32max, u32max);
        }
    }

    /** __reg64_deduce_bounds */
    private void deduce64() {
        if (umin <= umax) {
            smin = Math.max(smin, umin);
            smax = Math.min(smax, umax);
        }
        // Linux 6.17+: a signed range crossing the sign boundary wraps around the unsigned domain; when the
        // unsigned range meets only one of its two ends, both ranges shrink to that end
        if (Long.compareUnsigned(smin, smax) <= 0) {
            umin = umaxOf(smin, umin);
            umax = uminOf(smax, umax);
        } else if (ult(umax, smin)) {
            smin = umin;
            umax = uminOf(umax, smax);
        } else if (ult(smax, umin)) {
            smax = umax;
            umin = umaxOf(umin, smin);
        }
    }

    /** __reg_deduce_mixed_bounds, including its final overwrite of the 64-bit bounds. */
    private void deduceMixed() {
        long u32lo = u32min & LOW32, u32hi = u32max & LOW32;
        umin = umaxOf(umin, (umin & ~LOW32) | u32lo);
        umax = uminOf(umax, (umax & ~LOW32) | u32hi);
        smin = Math.max(smin, (smin & ~LOW32) | u32lo);
        smax = Math.min(smax, (smax & ~LOW32) | u32hi);
        if (Integer.compareUnsigned(s32min, s32max) <= 0) {
            long lo = s32min & LOW32, hi = s32max & LOW32;
            umin = umaxOf(umin, (umin & ~LOW32) | lo);
            umax = uminOf(umax, (umax & ~LOW32) | hi);
            smin = Math.max(smin, (smin & ~LOW32) | lo);
            smax = Math.min(smax, (smax & ~LOW32) | hi);
        }
        if (s32min >= 0 && smin >= Integer.MIN_VALUE && smax <= Integer.MAX_VALUE) {
            smin = s32min;
            smax = s32max;
            umin = s32min;
            umax = s32max;
            long[] t = Tnum.meet(value, mask, Tnum.rangeValue(smin, smax), Tnum.rangeMask(smin, smax));
            value = t[0];
            mask = t[1];
        }
    }

    private void deduce() {
        deduce32();
        deduce64();
        deduceMixed();
    }

    /** __reg_bound_offset: known bits from the unsigned bounds. */
    private void bitsFromBounds() {
        long[] t64 = Tnum.meet(value, mask, Tnum.rangeValue(umin, umax), Tnum.rangeMask(umin, umax));
        long lo = u32min & LOW32, hi = u32max & LOW32;
        long[] t32 = Tnum.meet(t64[0] & LOW32, t64[1] & LOW32, Tnum.rangeValue(lo, hi), Tnum.rangeMask(lo, hi));
        long[] r = Tnum.or(t64[0] & ~LOW32, t64[1] & ~LOW32, t32[0], t32[1]);
        value = r[0];
        mask = r[1];
    }

    /** reg_bounds_sync */
    void sync() {
        boundsFromBits();
        deduce();
        deduce();
        bitsFromBounds();
        boundsFromBits();
    }

    /** reg_bounds_sanity_check: contradictory bounds make the register unbounded (keeping its bits). */
    void sanityCheck() {
        boolean bad = ult(umax, umin) || smin > smax || ult32(u32max, u32min) || s32min > s32max;
        if (!bad && isConst()) {
            bad = umin != value || umax != value || smin != value || smax != value;
        }
        if (!bad && isConst32()) {
            int v = (int) value;
            bad = u32min != v || u32max != v || s32min != v || s32max != v;
        }
        if (bad) {
            markUnbounded64();
            markUnbounded32();
        }
    }

    /** zext_32_to_64 (with __reg_assign_32_into_64): the CPU zero-extends every 32-bit result. */
    void zeroExtend32() {
        value &= LOW32;
        mask &= LOW32;
        umin = u32min & LOW32;
        umax = u32max & LOW32;
        if (s32min >= 0 && s32max >= 0) {
            smin = s32min;
            smax = s32max;
        } else {
            smin = 0;
            smax = LOW32;
        }
    }

    // ---- ALU (adjust_scalar_min_max_vals) ---------------------------------------------------------

    /**
     * Whether Linux computes a range for {@code op} with this source (is_safe_to_compute_dst_reg_range);
     * when not, the destination becomes unknown.
     */
    static boolean computable(AluOp op, boolean wide, Scalar src) {
        return switch (op) {
            case ADD, SUB, AND, OR, XOR, MUL, NEG -> true;
            case LSH, RSH, ARSH -> {
                boolean known = wide
                        ? src.mask() == 0 && src.smin() == src.smax() && src.umin() == src.umax()
                        : (src.mask() & LOW32) == 0 && src.s32min() == src.s32max() && src.u32min() == src.u32max();
                yield known && Long.compareUnsigned(src.umax(), wide ? 64 : 32) < 0;
            }
            default -> false;
        };
    }

    /** {@code dst op src} as Linux computes it (adjust_scalar_min_max_vals). */
    static Scalar alu(AluOp op, boolean wide, Scalar dstIn, Scalar srcIn) {
        if (!computable(op, wide, srcIn)) {
            return Scalar.UNKNOWN;
        }
        LinuxBounds d = of(dstIn);
        LinuxBounds s = of(srcIn);
        switch (op) {
            case ADD -> {
                d.add32(s);
                d.add64(s);
                long[] t = Tnum.add(d.value, d.mask, s.value, s.mask);
                d.value = t[0];
                d.mask = t[1];
            }
            case SUB -> d.subtract(s);
            case NEG -> {
                LinuxBounds x = d;
                d = of(Scalar.constant(0));
                d.subtract(x);
            }
            case MUL -> {
                long[] t = Tnum.mul(d.value, d.mask, s.value, s.mask);
                d.value = t[0];
                d.mask = t[1];
                d.mul32(s);
                d.mul64(s);
            }
            case AND -> {
                long[] t = Tnum.and(d.value, d.mask, s.value, s.mask);
                d.value = t[0];
                d.mask = t[1];
                d.and32(s);
                d.and64(s);
            }
            case OR -> {
                long[] t = Tnum.or(d.value, d.mask, s.value, s.mask);
                d.value = t[0];
                d.mask = t[1];
                d.or32(s);
                d.or64(s);
            }
            case XOR -> {
                long[] t = Tnum.xor(d.value, d.mask, s.value, s.mask);
                d.value = t[0];
                d.mask = t[1];
                d.xor32(s);
                d.xor64(s);
            }
            case LSH -> {
                if (wide) d.lsh64(s); else d.lsh32(s);
            }
            case RSH -> {
                if (wide) d.rsh64(s); else d.rsh32(s);
            }
            case ARSH -> {
                if (wide) d.arsh64(s); else d.arsh32(s);
            }
            default -> throw new IllegalArgumentException(op.toString());
        }
        if (!wide) {
            d.zeroExtend32();
        }
        d.sync();
        d.sanityCheck();
        return d.toScalar();
    }

    /** scalar32_min_max_add */
    private void add32(LinuxBounds s) {
        int lo = s32min + s.s32min, hi = s32max + s.s32max;
        boolean over = ((s32min ^ lo) & (s.s32min ^ lo)) < 0 || ((s32max ^ hi) & (s.s32max ^ hi)) < 0;
        if (over) {
            s32min = Integer.MIN_VALUE;
            s32max = Integer.MAX_VALUE;
        } else {
            s32min = lo;
            s32max = hi;
        }
        // Linux 6.17+: the sums stay a range when both or neither of the extreme sums wrap
        long ulo = (u32min & LOW32) + (s.u32min & LOW32), uhi = (u32max & LOW32) + (s.u32max & LOW32);
        if (ulo <= LOW32 && uhi > LOW32) {
            u32min = 0;
            u32max = -1;
        } else {
            u32min = (int) ulo;
            u32max = (int) uhi;
        }
    }

    /** scalar_min_max_add */
    private void add64(LinuxBounds s) {
        long lo = smin + s.smin, hi = smax + s.smax;
        boolean over = ((smin ^ lo) & (s.smin ^ lo)) < 0 || ((smax ^ hi) & (s.smax ^ hi)) < 0;
        if (over) {
            smin = Long.MIN_VALUE;
            smax = Long.MAX_VALUE;
        } else {
            smin = lo;
            smax = hi;
        }
        long ulo = umin + s.umin, uhi = umax + s.umax;
        if (!ult(ulo, umin) && ult(uhi, umax)) {
            umin = 0;
            umax = -1L;
        } else {
            umin = ulo;
            umax = uhi;
        }
    }

    /** scalar32_min_max_sub + scalar_min_max_sub + tnum_sub */
    private void subtract(LinuxBounds s) {
        int lo = s32min - s.s32max, hi = s32max - s.s32min;
        boolean over = ((s32min ^ s.s32max) & (s32min ^ lo)) < 0 || ((s32max ^ s.s32min) & (s32max ^ hi)) < 0;
        if (over) {
            s32min = Integer.MIN_VALUE;
            s32max = Integer.MAX_VALUE;
        } else {
            s32min = lo;
            s32max = hi;
        }
        // Linux 6.17+: the differences stay a range when both or neither of the extreme differences wrap
        if (ult32(u32min, s.u32max) && !ult32(u32max, s.u32min)) {
            u32min = 0;
            u32max = -1;
        } else {
            u32min -= s.u32max;
            u32max -= s.u32min;
        }
        long slo = smin - s.smax, shi = smax - s.smin;
        boolean over64 = ((smin ^ s.smax) & (smin ^ slo)) < 0 || ((smax ^ s.smin) & (smax ^ shi)) < 0;
        if (over64) {
            smin = Long.MIN_VALUE;
            smax = Long.MAX_VALUE;
        } else {
            smin = slo;
            smax = shi;
        }
        if (ult(umin, s.umax) && !ult(umax, s.umin)) {
            umin = 0;
            umax = -1L;
        } else {
            umin -= s.umax;
            umax -= s.umin;
        }
        long[] t = Tnum.sub(value, mask, s.value, s.mask);
        value = t[0];
        mask = t[1];
    }

    /** scalar32_min_max_mul (Linux 6.14+: products of the corners, unless one may overflow) */
    private void mul32(LinuxBounds s) {
        long ulo = (u32min & LOW32) * (s.u32min & LOW32), uhi = (u32max & LOW32) * (s.u32max & LOW32);
        if (Long.compareUnsigned(uhi, LOW32) > 0 || Long.compareUnsigned(ulo, LOW32) > 0
                || Math.multiplyHigh(u32max & LOW32, s.u32max & LOW32) != 0) {
            u32min = 0;
            u32max = -1;
        } else {
            u32min = (int) ulo;
            u32max = (int) uhi;
        }
        long a = (long) s32min * s.s32min, b = (long) s32min * s.s32max, c = (long) s32max * s.s32min, e = (long) s32max * s.s32max;
        if (a != (int) a || b != (int) b || c != (int) c || e != (int) e) {
            s32min = Integer.MIN_VALUE;
            s32max = Integer.MAX_VALUE;
        } else {
            s32min = (int) Math.min(Math.min(a, b), Math.min(c, e));
            s32max = (int) Math.max(Math.max(a, b), Math.max(c, e));
        }
    }

    /** scalar_min_max_mul */
    private void mul64(LinuxBounds s) {
        if (Math.unsignedMultiplyHigh(umax, s.umax) != 0 || Math.unsignedMultiplyHigh(umin, s.umin) != 0) {
            umin = 0;
            umax = -1L;
        } else {
            umin = umin * s.umin;
            umax = umax * s.umax;
        }
        long[] p = new long[4];
        try {
            p[0] = Math.multiplyExact(smin, s.smin);
            p[1] = Math.multiplyExact(smin, s.smax);
            p[2] = Math.multiplyExact(smax, s.smin);
            p[3] = Math.multiplyExact(smax, s.smax);
            smin = Math.min(Math.min(p[0], p[1]), Math.min(p[2], p[3]));
            smax = Math.max(Math.max(p[0], p[1]), Math.max(p[2], p[3]));
        } catch (ArithmeticException overflow) {
            smin = Long.MIN_VALUE;
            smax = Long.MAX_VALUE;
        }
    }

    /** scalar32_min_max_and */
    private void and32(LinuxBounds s) {
        if (s.isConst32() && isConst32()) {
            markKnown32(value);
            return;
        }
        u32min = (int) value;
        u32max = umin32(u32max, s.u32max);
        signed32FromUnsigned();
    }

    /** scalar_min_max_and */
    private void and64(LinuxBounds s) {
        if (s.isConst() && isConst()) {
            markKnown(value);
            return;
        }
        umin = value;
        umax = uminOf(umax, s.umax);
        signed64FromUnsigned();
        boundsFromBits();
    }

    /** scalar32_min_max_or */
    private void or32(LinuxBounds s) {
        if (s.isConst32() && isConst32()) {
            markKnown32(value);
            return;
        }
        u32min = umax32(u32min, s.u32min);
        u32max = (int) (value | mask);
        signed32FromUnsigned();
    }

    /** scalar_min_max_or */
    private void or64(LinuxBounds s) {
        if (s.isConst() && isConst()) {
            markKnown(value);
            return;
        }
        umin = umaxOf(umin, s.umin);
        umax = value | mask;
        signed64FromUnsigned();
        boundsFromBits();
    }

    /** scalar32_min_max_xor */
    private void xor32(LinuxBounds s) {
        if (s.isConst32() && isConst32()) {
            markKnown32(value);
            return;
        }
        u32min = (int) value;
        u32max = (int) (value | mask);
        signed32FromUnsigned();
    }

    /** scalar_min_max_xor */
    private void xor64(LinuxBounds s) {
        if (s.isConst() && isConst()) {
            markKnown(value);
            return;
        }
        umin = value;
        umax = value | mask;
        signed64FromUnsigned();
        boundsFromBits();
    }

    private void signed32FromUnsigned() {
        if (u32min <= u32max) {
            s32min = u32min;
            s32max = u32max;
        } else {
            s32min = Integer.MIN_VALUE;
            s32max = Integer.MAX_VALUE;
        }
    }

    private void signed64FromUnsigned() {
        if (umin <= umax) {
            smin = umin;
            smax = umax;
        } else {
            smin = Long.MIN_VALUE;
            smax = Long.MAX_VALUE;
        }
    }

    /** __scalar32_min_max_lsh */
    private void lshBounds32(long lo, long hi) {
        s32min = Integer.MIN_VALUE;
        s32max = Integer.MAX_VALUE;
        if (hi > 31 || Long.compareUnsigned(u32max & LOW32, 1L << (31 - hi)) > 0) {
            u32min = 0;
            u32max = -1;
        } else {
            u32min <<= lo;
            u32max <<= hi;
        }
    }

    /** scalar32_min_max_lsh */
    private void lsh32(LinuxBounds s) {
        long lo = s.u32min & LOW32, hi = s.u32max & LOW32;
        long sv = value & LOW32, sm = mask & LOW32;
        lshBounds32(lo, hi);
        value = (sv << lo) & LOW32;
        mask = (sm << lo) & LOW32;
        markUnbounded64();
        boundsFromBits32();
    }

    /** scalar_min_max_lsh */
    private void lsh64(LinuxBounds s) {
        long lo = s.umin, hi = s.umax;
        smax = lo == 32 && hi == 32 && s32max >= 0 ? (long) s32max << 32 : Long.MAX_VALUE;
        smin = lo == 32 && hi == 32 && s32min >= 0 ? (long) s32min << 32 : Long.MIN_VALUE;
        if (Long.compareUnsigned(umax, 1L << (63 - hi)) > 0) {
            umin = 0;
            umax = -1L;
        } else {
            umin <<= lo;
            umax <<= hi;
        }
        lshBounds32(lo, hi);
        value <<= lo;
        mask <<= lo;
        boundsFromBits();
    }

    /** scalar32_min_max_rsh */
    private void rsh32(LinuxBounds s) {
        int lo = s.u32min, hi = s.u32max;
        long sv = value & LOW32, sm = mask & LOW32;
        s32min = Integer.MIN_VALUE;
        s32max = Integer.MAX_VALUE;
        value = sv >>> lo;
        mask = sm >>> lo;
        u32min >>>= hi;
        u32max >>>= lo;
        markUnbounded64();
        boundsFromBits32();
    }

    /** scalar_min_max_rsh */
    private void rsh64(LinuxBounds s) {
        int lo = (int) s.umin, hi = (int) s.umax;
        smin = Long.MIN_VALUE;
        smax = Long.MAX_VALUE;
        value >>>= lo;
        mask >>>= lo;
        umin >>>= hi;
        umax >>>= lo;
        markUnbounded32();
        boundsFromBits();
    }

    /** scalar32_min_max_arsh */
    private void arsh32(LinuxBounds s) {
        int k = s.u32min;
        s32min >>= k;
        s32max >>= k;
        long[] t = Tnum.arsh(value & LOW32, mask & LOW32, k, 32);
        value = t[0];
        mask = t[1];
        u32min = 0;
        u32max = -1;
        markUnbounded64();
        boundsFromBits32();
    }

    /** scalar_min_max_arsh */
    private void arsh64(LinuxBounds s) {
        int k = (int) s.umin;
        smin >>= k;
        smax >>= k;
        value >>= k;
        mask >>= k;
        umin = 0;
        umax = -1L;
        markUnbounded32();
        boundsFromBits();
    }

    // ---- moves, loads, byte swaps -------------------------------------------------------------------

    /** {@code w = w} (a 32-bit move): the copy, zero-extended and synced. */
    static Scalar move32(Scalar src) {
        LinuxBounds b = of(src);
        b.zeroExtend32();
        b.sync();
        return b.toScalar();
    }

    /** coerce_reg_to_size: the low {@code size} bytes, zero-extended (narrow loads). */
    static Scalar truncate(Scalar src, int size) {
        if (size >= 8) return src;
        LinuxBounds b = of(src);
        long m = (1L << (size * 8)) - 1;
        b.value &= m;
        b.mask &= m;
        if ((b.umin & ~m) == (b.umax & ~m)) {
            b.umin &= m;
            b.umax &= m;
        } else {
            b.umin = 0;
            b.umax = m;
        }
        b.smin = b.umin;
        b.smax = b.umax;
        if (size < 4) {
            b.markUnbounded32();
        }
        b.sync();
        return b.toScalar();
    }

    /** {@code r = (s8/s16/s32) r} (coerce_reg_to_size_sx, which Linux does not follow with a sync). */
    static Scalar signExtend64(Scalar src, int size) {
        LinuxBounds b = of(src);
        int shift = 64 - size * 8;
        if (b.isConst()) {
            b.markKnown((b.value << shift) >> shift);
            return b.toScalar();
        }
        int bits = size * 8;
        if ((b.smax >>> bits) == (b.smin >>> bits)) {
            long hi = (b.smax << shift) >> shift, lo = (b.smin << shift) >> shift;
            long max = Math.max(hi, lo), min = Math.min(hi, lo);
            if ((max >= 0) == (min >= 0)) {
                b.smin = min;
                b.smax = max;
                b.s32min = (int) min;
                b.s32max = (int) max;
                b.umin = min;
                b.umax = max;
                b.u32min = (int) min;
                b.u32max = (int) max;
                b.value = Tnum.rangeValue(min, max);
                b.mask = Tnum.rangeMask(min, max);
                return b.toScalar();
            }
        }
        long half = 1L << (bits - 1);
        b.smin = -half;
        b.smax = half - 1;
        b.s32min = (int) -half;
        b.s32max = (int) (half - 1);
        b.umin = 0;
        b.umax = -1L;
        b.u32min = 0;
        b.u32max = -1;
        b.value = 0;
        b.mask = -1L;
        return b.toScalar();
    }

    /** {@code w = (s8/s16) w} (coerce_subreg_to_size_sx), then zero-extended and synced. */
    static Scalar signExtend32(Scalar src, int size) {
        LinuxBounds b = of(src);
        int shift = 32 - size * 8;
        int bits = size * 8;
        done:
        {
            if (b.isConst()) {
                int v = ((int) b.value << shift) >> shift;
                b.value = v;
                b.mask = 0;
                b.s32min = b.s32max = b.u32min = b.u32max = v;
                break done;
            }
            if ((b.s32max >>> bits) == (b.s32min >>> bits)) {
                int hi = (b.s32max << shift) >> shift, lo = (b.s32min << shift) >> shift;
                int max = Math.max(hi, lo), min = Math.min(hi, lo);
                if ((min >= 0) == (max >= 0)) {
                    b.s32min = min;
                    b.s32max = max;
                    b.u32min = min;
                    b.u32max = max;
                    b.value = Tnum.rangeValue(min, max) & LOW32;
                    b.mask = Tnum.rangeMask(min, max) & LOW32;
                    break done;
                }
            }
            int half = 1 << (bits - 1);
            b.s32min = -half;
            b.s32max = half - 1;
            b.u32min = 0;
            b.u32max = -1;
            b.value = 0;
            b.mask = LOW32;
        }
        b.zeroExtend32();
        b.sync();
        return b.toScalar();
    }

    /**
     * Byte swaps and endianness conversions ({@code le}/{@code be} of 16, 32, 64 bits, on a little-endian
     * machine, and the unconditional {@code bswap}): a swap moves the known bits and Linux derives the
     * bounds anew from them; {@code le} only truncates.
     */
    static Scalar byteOrder(Scalar src, int bits, boolean swap) {
        if (!swap) {
            return truncate(src, bits / 8);
        }
        LinuxBounds b = of(src);
        long v = b.value, m = b.mask;
        switch (bits) {
            case 16 -> {
                v = swap ? Short.reverseBytes((short) v) & 0xFFFFL : v & 0xFFFFL;
                m = swap ? Short.reverseBytes((short) m) & 0xFFFFL : m & 0xFFFFL;
            }
            case 32 -> {
                v = swap ? Integer.reverseBytes((int) v) & LOW32 : v & LOW32;
                m = swap ? Integer.reverseBytes((int) m) & LOW32 : m & LOW32;
            }
            default -> {
                v = swap ? Long.reverseBytes(v) : v;
                m = swap ? Long.reverseBytes(m) : m;
            }
        }
        b.markUnknown();
        b.value = v;
        b.mask = m;
        b.sync();
        return b.toScalar();
    }

    // ---- conditional jumps ------------------------------------------------------------------------

    private static boolean isConst(Scalar s, boolean wide) {
        return wide ? s.mask() == 0 : (s.mask() & LOW32) == 0;
    }

    private static long constValue(Scalar s, boolean wide) {
        return wide ? s.value() : s.value() & LOW32;
    }

    /**
     * is_scalar_branch_taken: 1 when {@code a op b} surely holds, 0 when it surely does not, -1 when
     * both are possible.
     */
    static int branchTaken(JumpOp op, boolean wide, Scalar a, Scalar b) {
        long t1v = wide ? a.value() : a.value() & LOW32, t1m = wide ? a.mask() : a.mask() & LOW32;
        long t2v = wide ? b.value() : b.value() & LOW32, t2m = wide ? b.mask() : b.mask() & LOW32;
        long umin1 = wide ? a.umin() : a.u32min() & LOW32, umax1 = wide ? a.umax() : a.u32max() & LOW32;
        long smin1 = wide ? a.smin() : a.s32min(), smax1 = wide ? a.smax() : a.s32max();
        long umin2 = wide ? b.umin() : b.u32min() & LOW32, umax2 = wide ? b.umax() : b.u32max() & LOW32;
        long smin2 = wide ? b.smin() : b.s32min(), smax2 = wide ? b.smax() : b.s32max();
        switch (op) {
            case JEQ, JNE -> {
                int eq = op == JumpOp.JEQ ? 1 : 0, ne = 1 - eq;
                if (t1m == 0 && t2m == 0) return t1v == t2v ? eq : ne;
                if (!Tnum.overlap(t1v, t1m, t2v, t2m)) return ne;
                if (ult(umax2, umin1) || ult(umax1, umin2)) return ne;
                if (smin1 > smax2 || smax1 < smin2) return ne;
                if (wide) {
                    if (ult32(b.u32max(), a.u32min()) || ult32(a.u32max(), b.u32min())) return ne;
                    if (a.s32min() > b.s32max() || a.s32max() < b.s32min()) return ne;
                }
                return -1;
            }
            case JSET -> {
                Scalar x = a, y = b;
                long xv = t1v, xm = t1m, yv = t2v;
                if (!isConst(y, wide)) {
                    x = b;
                    y = a;
                    xv = t2v;
                    xm = t2m;
                    yv = t1v;
                }
                if (!isConst(y, wide)) return -1;
                if (((~xm & xv) & yv) != 0) return 1;
                if (((xm | xv) & yv) == 0) return 0;
                return -1;
            }
            case JGT -> { return ult(umax2, umin1) ? 1 : !ult(umin2, umax1) ? 0 : -1; }
            case JSGT -> { return smin1 > smax2 ? 1 : smax1 <= smin2 ? 0 : -1; }
            case JLT -> { return ult(umax1, umin2) ? 1 : !ult(umin1, umax2) ? 0 : -1; }
            case JSLT -> { return smax1 < smin2 ? 1 : smin1 >= smax2 ? 0 : -1; }
            case JGE -> { return !ult(umin1, umax2) ? 1 : ult(umax1, umin2) ? 0 : -1; }
            case JSGE -> { return smin1 >= smax2 ? 1 : smax1 < smin2 ? 0 : -1; }
            case JLE -> { return !ult(umin2, umax1) ? 1 : ult(umax2, umin1) ? 0 : -1; }
            case JSLE -> { return smax1 <= smin2 ? 1 : smin1 > smax2 ? 0 : -1; }
            default -> { return -1; }
        }
    }

    /** The condition that holds on the fall-through branch (rev_opcode); JSET's reverse is marked by {@code negatedSet}. */
    private static JumpOp reverse(JumpOp op) {
        return switch (op) {
            case JEQ -> JumpOp.JNE;
            case JNE -> JumpOp.JEQ;
            case JGE -> JumpOp.JLT;
            case JGT -> JumpOp.JLE;
            case JLE -> JumpOp.JGT;
            case JLT -> JumpOp.JGE;
            case JSGE -> JumpOp.JSLT;
            case JSGT -> JumpOp.JSLE;
            case JSLE -> JumpOp.JSGT;
            case JSLT -> JumpOp.JSGE;
            default -> op;
        };
    }

    private static JumpOp flip(JumpOp op) {
        return switch (op) {
            case JGE -> JumpOp.JLE;
            case JGT -> JumpOp.JLT;
            case JLE -> JumpOp.JGE;
            case JLT -> JumpOp.JGT;
            case JSGE -> JumpOp.JSLE;
            case JSGT -> JumpOp.JSLT;
            case JSLE -> JumpOp.JSGE;
            case JSLT -> JumpOp.JSGT;
            default -> op;
        };
    }

    /**
     * What {@code a op b} being {@code holds} teaches about both operands (regs_refine_cond_op, then
     * reg_bounds_sync and the sanity check, as reg_set_min_max does). {@code same}: both are one register.
     */
    static Scalar[] refine(JumpOp op, boolean wide, Scalar a, Scalar b, boolean holds, boolean same) {
        LinuxBounds r1 = of(a);
        LinuxBounds r2 = same ? r1 : of(b);
        boolean negatedSet = op == JumpOp.JSET && !holds;
        JumpOp o = holds ? op : reverse(op);
        refineCond(r1, r2, o, negatedSet, wide);
        r1.sync();
        r2.sync();
        r1.sanityCheck();
        r2.sanityCheck();
        return new Scalar[] {r1.toScalar(), r2.toScalar()};
    }

    /** regs_refine_cond_op */
    private static void refineCond(LinuxBounds r1, LinuxBounds r2, JumpOp op, boolean negatedSet, boolean wide) {
        switch (op) {
            case JGE, JGT, JSGE, JSGT -> {
                LinuxBounds t = r1;
                r1 = r2;
                r2 = t;
                op = flip(op);
            }
            default -> {}
        }
        switch (op) {
            case JEQ -> {
                if (!wide) {
                    r1.u32min = umax32(r1.u32min, r2.u32min);
                    r1.u32max = umin32(r1.u32max, r2.u32max);
                    r1.s32min = Math.max(r1.s32min, r2.s32min);
                    r1.s32max = Math.min(r1.s32max, r2.s32max);
                    r2.u32min = r1.u32min;
                    r2.u32max = r1.u32max;
                    r2.s32min = r1.s32min;
                    r2.s32max = r1.s32max;
                    long[] t = Tnum.meet(r1.value & LOW32, r1.mask & LOW32, r2.value & LOW32, r2.mask & LOW32);
                    r1.value = (r1.value & ~LOW32) | t[0];
                    r1.mask = (r1.mask & ~LOW32) | t[1];
                    r2.value = (r2.value & ~LOW32) | t[0];
                    r2.mask = (r2.mask & ~LOW32) | t[1];
                } else {
                    r1.umin = umaxOf(r1.umin, r2.umin);
                    r1.umax = uminOf(r1.umax, r2.umax);
                    r1.smin = Math.max(r1.smin, r2.smin);
                    r1.smax = Math.min(r1.smax, r2.smax);
                    r2.umin = r1.umin;
                    r2.umax = r1.umax;
                    r2.smin = r1.smin;
                    r2.smax = r1.smax;
                    long[] t = Tnum.meet(r1.value, r1.mask, r2.value, r2.mask);
                    r1.value = r2.value = t[0];
                    r1.mask = r2.mask = t[1];
                }
            }
            case JNE -> {
                if (!r2.constIn(wide)) {
                    LinuxBounds t = r1;
                    r1 = r2;
                    r2 = t;
                }
                if (!r2.constIn(wide)) return;
                long val = r2.constValueIn(wide);
                if (!wide) {
                    if (r1.u32min == (int) val) r1.u32min++;
                    if (r1.u32max == (int) val) r1.u32max--;
                    if (r1.s32min == (int) val) r1.s32min++;
                    if (r1.s32max == (int) val) r1.s32max--;
                } else {
                    if (r1.umin == val) r1.umin++;
                    if (r1.umax == val) r1.umax--;
                    if (r1.smin == val) r1.smin++;
                    if (r1.smax == val) r1.smax--;
                }
            }
            case JSET -> {
                if (!r2.constIn(wide)) {
                    LinuxBounds t = r1;
                    r1 = r2;
                    r2 = t;
                }
                if (!r2.constIn(wide)) return;
                long val = r2.constValueIn(wide);
                if (negatedSet) {
                    // Linux 6.16+ forgets the ranges before narrowing the bits (they could contradict on a dead path)
                    r1.markUnbounded64();
                    r1.markUnbounded32();
                    if (!wide) {
                        long[] t = Tnum.and(r1.value & LOW32, r1.mask & LOW32, ~val & LOW32, 0);
                        r1.value = (r1.value & ~LOW32) | t[0];
                        r1.mask = (r1.mask & ~LOW32) | t[1];
                    } else {
                        long[] t = Tnum.and(r1.value, r1.mask, ~val, 0);
                        r1.value = t[0];
                        r1.mask = t[1];
                    }
                } else {
                    if (val == 0 || (val & (val - 1)) != 0) return;
                    if (!wide) {
                        long[] t = Tnum.or(r1.value & LOW32, r1.mask & LOW32, val, 0);
                        r1.value = (r1.value & ~LOW32) | t[0];
                        r1.mask = (r1.mask & ~LOW32) | t[1];
                    } else {
                        long[] t = Tnum.or(r1.value, r1.mask, val, 0);
                        r1.value = t[0];
                        r1.mask = t[1];
                    }
                }
            }
            case JLE -> {
                if (!wide) {
                    r1.u32max = umin32(r1.u32max, r2.u32max);
                    r2.u32min = umax32(r1.u32min, r2.u32min);
                } else {
                    r1.umax = uminOf(r1.umax, r2.umax);
                    r2.umin = umaxOf(r1.umin, r2.umin);
                }
            }
            case JLT -> {
                if (!wide) {
                    r1.u32max = umin32(r1.u32max, r2.u32max - 1);
                    r2.u32min = umax32(r1.u32min + 1, r2.u32min);
                } else {
                    r1.umax = uminOf(r1.umax, r2.umax - 1);
                    r2.umin = umaxOf(r1.umin + 1, r2.umin);
                }
            }
            case JSLE -> {
                if (!wide) {
                    r1.s32max = Math.min(r1.s32max, r2.s32max);
                    r2.s32min = Math.max(r1.s32min, r2.s32min);
                } else {
                    r1.smax = Math.min(r1.smax, r2.smax);
                    r2.smin = Math.max(r1.smin, r2.smin);
                }
            }
            case JSLT -> {
                if (!wide) {
                    r1.s32max = Math.min(r1.s32max, r2.s32max - 1);
                    r2.s32min = Math.max(r1.s32min + 1, r2.s32min);
                } else {
                    r1.smax = Math.min(r1.smax, r2.smax - 1);
                    r2.smin = Math.max(r1.smin + 1, r2.smin);
                }
            }
            default -> {}
        }
    }

    private boolean constIn(boolean wide) {
        return wide ? isConst() : isConst32();
    }

    private long constValueIn(boolean wide) {
        return wide ? value : value & LOW32;
    }
}
