package dev.ringzero.ebpf.program;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a program run is given: the data its context points at (a packet, or for eBPF for Windows'
 * {@code bind} the application id between {@code app_id_start} and {@code app_id_end}) and the raw
 * little-endian bytes of context fields by name (fields not given are zero).
 */
public record ContextInput(byte[] data, Map<String, byte[]> fields) {

    public ContextInput {
        data = data.clone();
        Map<String, byte[]> copy = new LinkedHashMap<>();
        fields.forEach((name, bytes) -> copy.put(name, bytes.clone()));
        fields = java.util.Collections.unmodifiableMap(copy);
    }

    public static ContextInput ofData(byte[] data) {
        return new ContextInput(data, Map.of());
    }

    public static ContextInput empty() {
        return ofData(new byte[0]);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** A field's value as {@code size} little-endian bytes of {@code value}. */
    public static byte[] littleEndian(long value, int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size && i < 8; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContextInput c && Arrays.equals(data, c.data) && fields.keySet().equals(c.fields.keySet())
                && fields.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), c.fields.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + fields.keySet().hashCode();
    }
}
