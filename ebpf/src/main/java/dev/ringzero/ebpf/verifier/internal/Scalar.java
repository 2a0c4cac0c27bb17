package dev.ringzero.ebpf.verifier.internal;

/**
 * What the verifier knows about a 64-bit number: a signed interval, an unsigned interval, the same two
 * intervals for the low 32 bits ({@code s32min..s32max} signed, {@code u32min..u32max} unsigned), and
 * known bits (a tnum: bits set in {@code mask} are unknown, the others equal those of {@code value}).
 * This is the register state of the Linux verifier; {@link LinuxBounds} computes with it exactly as
 * Linux does, imprecisions included. The older operations below (used for eBPF for Windows) keep the
 * 64-bit views consistent and leave the 32-bit bounds unconstrained. A scalar whose views contradict
 * each other is {@link #isEmpty empty} (the path that produced it cannot happen).
 */
public record Scalar(long smin, long smax, long umin, long umax, int s32min, int s32max, int u32min, int u32max,
                     long value, long mask) {

    public static final Scalar UNKNOWN = new Scalar(Long.MIN_VALUE, Long.MAX_VALUE, 0, -1L, 0, -1L);
    public static final Scalar EMPTY = new Scalar(1, 0, 1, 0, 0, 0);
    public static final Scalar U32 = range(0, 0xFFFF_FFFFL);
    static final long MAX_VAR_OFF = 1L << 29;

    /** 64-bit knowledge only: the 32-bit bounds are left unconstrained. */
    public Scalar(long smin, long smax, long umin, long umax, long value, long mask) {
        this(smin, smax, umin, umax, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, value, mask);
    }

    public static Scalar constant(long v) {
        return new Scalar(v, v, v, v, (int) v, (int) v, (int) v, (int) v, v, 0);
    }

    /** Every value in {@code [lo, hi]}, both read as unsigned, {@code lo <= hi}. */
    public static Scalar range(long lo, long hi) {
        return LinuxBounds.synced(new Scalar(Long.MIN_VALUE, Long.MAX_VALUE, lo, hi, 0, -1L));
    }

    public static Scalar signedRange(long lo, long hi) {
        return LinuxBounds.synced(new Scalar(lo, hi, 0, -1L, 0, -1L));
    }

    public boolean isConstant() { return mask == 0 && !isEmpty(); }

    public boolean isEmpty() {
        return smin > smax || Long.compareUnsigned(umin, umax) > 0 || (value & mask) != 0
                || s32min > s32max || Integer.compareUnsigned(u32min, u32max) > 0;
    }

    public boolean mayBeZero() { return umin == 0; }

    public boolean isZero() { return isConstant() && value == 0; }

    /** Whether the value surely fits in 32 unsigned bits (so 32-bit operations see it unchanged). */
    public boolean fitsU32() { return Long.compareUnsigned(umax, 0xFFFF_FFFFL) <= 0; }

    // ---- consistency ------------------------------------------------------------------------

    /** Tightens each view with the others. */
    public Scalar normalize() {
        long smin = this.smin, smax = this.smax, umin = this.umin, umax = this.umax, value = this.value, mask = this.mask;
        for (int round = 0; round < 2; round++) {
            // tnum -> unsigned
            if (Long.compareUnsigned(umin, value) < 0) umin = value;
            long tmax = value | mask;
            if (Long.compareUnsigned(umax, tmax) > 0) umax = tmax;
            // tnum -> signed
            if ((mask & Long.MIN_VALUE) == 0) {
                smin = Math.max(smin, value);
                smax = Math.min(smax, value | mask);
            } else {
                smin = Math.max(smin, value | Long.MIN_VALUE);
                smax = Math.min(smax, (value | mask) & Long.MAX_VALUE);
            }
            // unsigned <-> signed when the unsigned range does not cross the sign boundary
            if ((umin ^ umax) >= 0) {
                smin = Math.max(smin, umin);
                smax = Math.min(smax, umax);
            }
            if ((smin ^ smax) >= 0) {
                if (Long.compareUnsigned(umin, smin) < 0) umin = smin;
                if (Long.compareUnsigned(umax, smax) > 0) umax = smax;
            }
            // unsigned -> tnum
            if (smin > smax || Long.compareUnsigned(umin, umax) > 0) {
                return EMPTY;
            }
            long[] t = Tnum.intersect(value, mask, Tnum.rangeValue(umin, umax), Tnum.rangeMask(umin, umax));
            if (t == null) {
                return EMPTY;
            }
            value = t[0];
            mask = t[1];
        }
        return new Scalar(smin, smax, umin, umax, value, mask);
    }

    /** Whether every value of {@code other} is a value of this. */
    public boolean contains(Scalar other) {
        return smin <= other.smin && smax >= other.smax
                && Long.compareUnsigned(umin, other.umin) <= 0 && Long.compareUnsigned(umax, other.umax) >= 0
                && s32min <= other.s32min && s32max >= other.s32max
                && Integer.compareUnsigned(u32min, other.u32min) <= 0 && Integer.compareUnsigned(u32max, other.u32max) >= 0
                && (other.mask & ~mask) == 0 && (other.value & ~mask) == (value & ~mask);
    }

    public boolean containsValue(long v) {
        return v >= smin && v <= smax && Long.compareUnsigned(v, umin) >= 0 && Long.compareUnsigned(v, umax) <= 0
                && (int) v >= s32min && (int) v <= s32max
                && Integer.compareUnsigned((int) v, u32min) >= 0 && Integer.compareUnsigned((int) v, u32max) <= 0
                && (v & ~mask) == value;
    }

    public Scalar meet(Scalar o) {
        long[] t = Tnum.intersect(value, mask, o.value, o.mask);
        long lo = Long.compareUnsigned(umin, o.umin) >= 0 ? umin : o.umin;
        long hi = Long.compareUnsigned(umax, o.umax) <= 0 ? umax : o.umax;
        if (t == null) {
            return EMPTY;
        }
        return new Scalar(Math.max(smin, o.smin), Math.min(smax, o.smax), lo, hi, t[0], t[1]).normalize();
    }

    /** The smallest scalar containing both (interval hulls, common known bits). */
    public Scalar join(Scalar o) {
        if (isEmpty()) return o;
        if (o.isEmpty()) return this;
        long mu = mask | o.mask | (value ^ o.value);
        long lo = Long.compareUnsigned(umin, o.umin) <= 0 ? umin : o.umin;
        long hi = Long.compareUnsigned(umax, o.umax) >= 0 ? umax : o.umax;
        return new Scalar(Math.min(smin, o.smin), Math.max(smax, o.smax), lo, hi, value & ~mu, mu).normalize();
    }

    // ---- 32-bit views -------------------------------------------------------------------------

    /** The low 32 bits, zero-extended. */
    public Scalar low32() {
        if (fitsU32()) {
            return this;
        }
        if (isConstant()) {
            return constant(value & 0xFFFF_FFFFL);
        }
        return new Scalar(0, 0xFFFF_FFFFL, 0, 0xFFFF_FFFFL, value & 0xFFFF_FFFFL, mask & 0xFFFF_FFFFL).normalize();
    }

    /** The low 32 bits sign-extended to 64. */
    public Scalar low32Signed() {
        Scalar low = low32();
        if (Long.compareUnsigned(low.umax, 0x7FFF_FFFFL) <= 0) {
            return low;
        }
        if (low.isConstant()) {
            return constant((int) low.value);
        }
        return signedRange(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    // ---- arithmetic ---------------------------------------------------------------------------

    public Scalar add(Scalar o) {
        if (isConstant() && o.isConstant()) return constant(value + o.value);
        long sLo, sHi;
        try {
            sLo = Math.addExact(smin, o.smin);
            sHi = Math.addExact(smax, o.smax);
        } catch (ArithmeticException e) {
            sLo = Long.MIN_VALUE;
            sHi = Long.MAX_VALUE;
        }
        long uLo = umin + o.umin, uHi = umax + o.umax;
        boolean uOverflow = Long.compareUnsigned(uHi, umax) < 0 || Long.compareUnsigned(uLo, umin) < 0
                || unsignedAddOverflows(umax, o.umax);
        if (uOverflow) {
            uLo = 0;
            uHi = -1L;
        }
        long[] t = Tnum.add(value, mask, o.value, o.mask);
        return new Scalar(sLo, sHi, uLo, uHi, t[0], t[1]).normalize();
    }

    private static boolean unsignedAddOverflows(long a, long b) {
        return Long.compareUnsigned(a + b, a) < 0;
    }

    public Scalar neg() {
        if (isConstant()) return constant(-value);
        if (smin == Long.MIN_VALUE) return UNKNOWN;
        return signedRange(-smax, -smin);
    }

    public Scalar sub(Scalar o) {
        if (isConstant() && o.isConstant()) return constant(value - o.value);
        long sLo, sHi;
        try {
            sLo = Math.subtractExact(smin, o.smax);
            sHi = Math.subtractExact(smax, o.smin);
        } catch (ArithmeticException e) {
            sLo = Long.MIN_VALUE;
            sHi = Long.MAX_VALUE;
        }
        long uLo = 0, uHi = -1L;
        if (Long.compareUnsigned(umin, o.umax) >= 0) {
            uLo = umin - o.umax;
            uHi = umax - o.umin;
        }
        long[] t = Tnum.sub(value, mask, o.value, o.mask);
        return new Scalar(sLo, sHi, uLo, uHi, t[0], t[1]).normalize();
    }

    public Scalar mul(Scalar o) {
        if (isConstant() && o.isConstant()) return constant(value * o.value);
        if (Long.compareUnsigned(umax, 0xFFFF_FFFFL) <= 0 && Long.compareUnsigned(o.umax, 0xFFFF_FFFFL) <= 0) {
            return range(umin * o.umin, umax * o.umax);
        }
        return UNKNOWN;
    }

    /** Unsigned division; division by zero yields zero (RFC 9669). */
    public Scalar div(Scalar o) {
        if (isConstant() && o.isConstant()) return constant(o.value == 0 ? 0 : Long.divideUnsigned(value, o.value));
        long lowDiv = o.umin == 0 ? 1 : o.umin;
        long hi = Long.divideUnsigned(umax, lowDiv);
        long lo = o.mayBeZero() || o.umax == 0 ? 0 : Long.divideUnsigned(umin, o.umax);
        return range(lo, hi);
    }

    /** Unsigned modulo; modulo by zero leaves the dividend (RFC 9669). */
    public Scalar mod(Scalar o) {
        if (isConstant() && o.isConstant()) return constant(o.value == 0 ? value : Long.remainderUnsigned(value, o.value));
        long hi = umax;
        if (!o.mayBeZero() && Long.compareUnsigned(o.umax - 1, hi) < 0) {
            hi = o.umax - 1;
        }
        return range(0, hi);
    }

    public Scalar and(Scalar o) {
        long[] t = Tnum.and(value, mask, o.value, o.mask);
        long hi = Long.compareUnsigned(umax, o.umax) <= 0 ? umax : o.umax;
        Scalar r = new Scalar(Long.MIN_VALUE, Long.MAX_VALUE, 0, hi, t[0], t[1]);
        if (smin >= 0 || o.smin >= 0) {
            r = new Scalar(0, Long.MAX_VALUE, 0, hi, t[0], t[1]);
        }
        return r.normalize();
    }

    public Scalar or(Scalar o) {
        long[] t = Tnum.or(value, mask, o.value, o.mask);
        long lo = Long.compareUnsigned(umin, o.umin) >= 0 ? umin : o.umin;
        return new Scalar(Long.MIN_VALUE, Long.MAX_VALUE, lo, -1L, t[0], t[1]).normalize();
    }

    public Scalar xor(Scalar o) {
        long[] t = Tnum.xor(value, mask, o.value, o.mask);
        return new Scalar(Long.MIN_VALUE, Long.MAX_VALUE, 0, -1L, t[0], t[1]).normalize();
    }

    /** Left shift; {@code bits} is 64 or 32 (the amount is masked as the ISA masks it). */
    public Scalar lsh(Scalar o, int bits) {
        if (!o.isConstant()) return UNKNOWN;
        int k = (int) (o.value & (bits - 1));
        if (isConstant()) return constant(value << k);
        long[] t = Tnum.lsh(value, mask, k);
        Scalar r = new Scalar(Long.MIN_VALUE, Long.MAX_VALUE, 0, -1L, t[0], t[1]);
        if (k == 0) return this;
        if (Long.numberOfLeadingZeros(umax) > k) {
            r = new Scalar(Long.MIN_VALUE, Long.MAX_VALUE, umin << k, umax << k, t[0], t[1]);
        }
        return r.normalize();
    }

    public Scalar rsh(Scalar o, int bits) {
        if (!o.isConstant()) return bits == 64 ? range(0, umax) : range(0, umax);
        int k = (int) (o.value & (bits - 1));
        if (isConstant()) return constant(value >>> k);
        long[] t = Tnum.rsh(value, mask, k);
        return new Scalar(Long.MIN_VALUE, Long.MAX_VALUE, umin >>> k, umax >>> k, t[0], t[1]).normalize();
    }

    /** Arithmetic right shift of a 64-bit value. */
    public Scalar arsh(Scalar o) {
        if (!o.isConstant()) return signedRange(Math.min(smin, 0), Math.max(smax, 0));
        int k = (int) (o.value & 63);
        if (isConstant()) return constant(value >> k);
        long[] t = Tnum.arsh(value, mask, k);
        return new Scalar(smin >> k, smax >> k, 0, -1L, t[0], t[1]).normalize();
    }

    /** Sign-extends the low {@code bits} bits. */
    public Scalar signExtend(int bits) {
        long half = 1L << (bits - 1);
        if (isConstant()) {
            int shift = 64 - bits;
            return constant((value << shift) >> shift);
        }
        if (Long.compareUnsigned(umax, half) < 0) return this;
        if (smin >= -half && smax < half) return this;
        return signedRange(-half, half - 1);
    }

    /** Zero-extends the low {@code bits} bits. */
    public Scalar truncate(int bits) {
        if (bits == 64) return this;
        long m = (1L << bits) - 1;
        if (isConstant()) return constant(value & m);
        if (Long.compareUnsigned(umax, m) <= 0) return this;
        if ((umin & ~m) == (umax & ~m)) {
            return new Scalar(0, m, umin & m, umax & m, value & m, mask & m).normalize();
        }
        return new Scalar(0, m, 0, m, value & m, mask & m).normalize();
    }

    public Scalar byteSwap(int bits) {
        if (isConstant()) {
            long v = switch (bits) {
                case 16 -> Short.reverseBytes((short) value) & 0xFFFFL;
                case 32 -> Integer.reverseBytes((int) value) & 0xFFFF_FFFFL;
                default -> Long.reverseBytes(value);
            };
            return constant(v);
        }
        return bits == 64 ? UNKNOWN : range(0, (1L << bits) - 1);
    }

    // ---- text ---------------------------------------------------------------------------------

    @Override
    public String toString() {
        if (isConstant()) {
            return Long.toString(value);
        }
        StringBuilder s = new StringBuilder();
        if (smin != Long.MIN_VALUE || smax != Long.MAX_VALUE) {
            if (smin >= 0 && (smin ^ smax) >= 0 && smin == umin && smax == umax) {
                s.append('[').append(smin).append(", ").append(smax).append(']');
            } else {
                s.append("s[").append(smin).append(", ").append(smax).append(']');
            }
        }
        if (!(smin >= 0 && smin == umin && smax == umax) && (umin != 0 || umax != -1L)) {
            if (!s.isEmpty()) s.append(' ');
            s.append("u[").append(Long.toUnsignedString(umin)).append(", ").append(Long.toUnsignedString(umax)).append(']');
        }
        if (mask != -1L && Long.bitCount(~mask) < 64 && s.isEmpty()) {
            s.append("bits(").append(Long.toHexString(value)).append("/").append(Long.toHexString(mask)).append(')');
        }
        return s.isEmpty() ? "any" : s.toString();
    }
}
