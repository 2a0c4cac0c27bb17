package dev.ringzero.kernel.abi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes little-endian fields of a frame's payload. */
public final class WireWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

    public WireWriter() {}

    public WireWriter u8(int v) {
        out.write(v);
        return this;
    }

    public WireWriter u16(int v) {
        out.write(v);
        out.write(v >>> 8);
        return this;
    }

    public WireWriter u32(int v) {
        for (int i = 0; i < 4; i++) {
            out.write(v >>> (8 * i));
        }
        return this;
    }

    public WireWriter u64(long v) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (v >>> (8 * i)));
        }
        return this;
    }

    public WireWriter bytes(byte[] b) {
        out.write(b, 0, b.length);
        return this;
    }

    public WireWriter bytes(byte[] b, int offset, int length) {
        out.write(b, offset, length);
        return this;
    }

    public WireWriter utf8(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return u32(b.length).bytes(b);
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
