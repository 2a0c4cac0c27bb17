package dev.ringzero.ebpf.platform;

/** The values a program type's programs may return in r0, inclusive. */
public record ReturnRange(long min, long max) {
    /** Any 64-bit value. */
    public static final ReturnRange ANY = new ReturnRange(Long.MIN_VALUE, Long.MAX_VALUE);

    public ReturnRange {
        if (min > max) {
            throw new IllegalArgumentException("return range [" + min + ", " + max + "] is empty");
        }
    }

    public boolean contains(long value) {
        return value >= min && value <= max;
    }

    public boolean isAny() {
        return equals(ANY);
    }
}
