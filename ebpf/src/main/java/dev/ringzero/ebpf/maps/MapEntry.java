package dev.ringzero.ebpf.maps;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A key and its value as user space sees them (for per-CPU maps the value holds every CPU's slot). The arrays are
 * copies the caller owns.
 */
public record MapEntry(byte[] key, byte[] value) {

    @Override
    public boolean equals(Object other) {
        return other instanceof MapEntry(byte[] otherKey, byte[] otherValue)
                && Arrays.equals(key, otherKey) && Arrays.equals(value, otherValue);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(key) + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "MapEntry[key=" + HexFormat.of().formatHex(key) + ", value=" + HexFormat.of().formatHex(value) + "]";
    }
}
