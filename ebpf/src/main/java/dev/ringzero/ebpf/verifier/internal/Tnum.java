package dev.ringzero.ebpf.verifier.internal;

/** Known-bits arithmetic on (value, mask) pairs: a bit set in mask is unknown. Static functions only. */
final class Tnum {
    private Tnum() {}

    static long[] add(long av, long am, long bv, long bm) {
        long sm = am + bm;
        long sv = av + bv;
        long sigma = sm + sv;
        long chi = sigma ^ sv;
        long mu = chi | am | bm;
        return new long[] {sv & ~mu, mu};
    }

    static long[] sub(long av, long am, long bv, long bm) {
        long dv = av - bv;
        long alpha = dv + am;
        long beta = dv - bm;
        long chi = alpha ^ beta;
        long mu = chi | am | bm;
        return new long[] {dv & ~mu, mu};
    }

    static long[] and(long av, long am, long bv, long bm) {
        long alpha = av | am;
        long beta = bv | bm;
        long v = av & bv;
        return new long[] {v, alpha & beta & ~v};
    }

    static long[] or(long av, long am, long bv, long bm) {
        long v = av | bv;
        long mu = am | bm;
        return new long[] {v, mu & ~v};
    }

    static long[] xor(long av, long am, long bv, long bm) {
        long v = av ^ bv;
        long mu = am | bm;
        return new long[] {v & ~mu, mu};
    }

    static long[] lsh(long v, long m, int k) {
        return new long[] {v << k, m << k};
    }

    static long[] rsh(long v, long m, int k) {
        return new long[] {v >>> k, m >>> k};
    }

    static long[] arsh(long v, long m, int k) {
        return new long[] {v >> k, m >> k};
    }

    /** The tnum of every value in the unsigned range [lo, hi]: the common prefix is known. */
    static long rangeValue(long lo, long hi) {
        long chi = lo ^ hi;
        int bits = 64 - Long.numberOfLeadingZeros(chi);
        if (bits >= 64) return 0;
        long delta = (1L << bits) - 1;
        return lo & ~delta;
    }

    static long rangeMask(long lo, long hi) {
        long chi = lo ^ hi;
        int bits = 64 - Long.numberOfLeadingZeros(chi);
        if (bits >= 64) return -1L;
        return (1L << bits) - 1;
    }

    /** Both tnums' knowledge; null when they contradict. */
    static long[] intersect(long av, long am, long bv, long bm) {
        long known = ~am & ~bm;
        if (((av ^ bv) & known) != 0) {
            return null;
        }
        long v = av | bv;
        long mu = am & bm;
        return new long[] {v & ~mu, mu};
    }
    // ---- Linux (kernel/bpf/tnum.c) operations, as pairs {value, mask} ------------------------------

    static final long LOW32 = 0xFFFF_FFFFL;

    /** Both tnums' knowledge without a contradiction check (tnum_intersect). */
    static long[] meet(long av, long am, long bv, long bm) {
        long v = av | bv;
        long mu = am & bm;
        return new long[] {v & ~mu, mu};
    }

    /** What either tnum allows (tnum_union). */
    static long[] union(long av, long am, long bv, long bm) {
        long v = av & bv;
        long mu = (av ^ bv) | am | bm;
        return new long[] {v & ~mu, mu};
    }

    /** tnum_mul (the accumulate-or-union form of Linux 6.18). */
    static long[] mul(long av, long am, long bv, long bm) {
        long accV = 0, accM = 0;
        while (av != 0 || am != 0) {
            if ((av & 1) != 0) {
                long[] s = add(accV, accM, bv, bm);
                accV = s[0];
                accM = s[1];
            } else if ((am & 1) != 0) {
                long[] s = add(accV, accM, bv, bm);
                long[] u = union(accV, accM, s[0], s[1]);
                accV = u[0];
                accM = u[1];
            }
            av >>>= 1;
            am >>>= 1;
            bv <<= 1;
            bm <<= 1;
        }
        return new long[] {accV, accM};
    }

    /** tnum_arshift: a signed shift of the low {@code bits} (32 or 64) bits, zero-extended when 32. */
    static long[] arsh(long v, long m, int k, int bits) {
        if (bits == 32) {
            return new long[] {((int) v >> k) & LOW32, ((int) m >> k) & LOW32};
        }
        return new long[] {v >> k, m >> k};
    }

    /** Whether the two tnums have a value in common (tnum_overlap). */
    static boolean overlap(long av, long am, long bv, long bm) {
        long known = ~am & ~bm;
        return (av & known) == (bv & known);
    }

    /** The smallest value of the tnum above {@code z} (unsigned), or its largest value if none (tnum_step). */
    static long step(long v, long m, long z) {
        long tmax = v | m;
        if (Long.compareUnsigned(z, tmax) >= 0) return tmax;
        if (Long.compareUnsigned(z, v) < 0) return v;
        long d = z - v;
        long carry = (1L << (64 - Long.numberOfLeadingZeros(d & ~m))) - 1;
        long filled = d | carry | ~m;
        return v | ((filled + 1) & m);
    }
}
