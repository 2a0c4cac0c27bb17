package dev.ringzero.kernel.abi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads little-endian fields of a frame's payload, failing with an {@link NtStatusException} instead
 * of an index exception: a short input is STATUS_BUFFER_TOO_SMALL (as the articles' IOCTL handler
 * answers), leftover bytes STATUS_INFO_LENGTH_MISMATCH, a malformed name STATUS_OBJECT_NAME_INVALID.
 */
public final class WireReader {
    private final ByteBuffer buffer;

    public WireReader(byte[] bytes) {
        this.buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void need(int bytes, String what) {
        if (bytes < 0 || buffer.remaining() < bytes) {
            throw new NtStatusException(NtStatus.BUFFER_TOO_SMALL, "input too short for " + what + ": needs "
                    + Integer.toUnsignedString(bytes) + " bytes, " + buffer.remaining() + " left");
        }
    }

    public int u8(String what) {
        need(1, what);
        return buffer.get() & 0xFF;
    }

    public int u16(String what) {
        need(2, what);
        return buffer.getShort() & 0xFFFF;
    }

    public int u32(String what) {
        need(4, what);
        return buffer.getInt();
    }

    public long u64(String what) {
        need(8, what);
        return buffer.getLong();
    }

    /** {@code length} raw bytes. */
    public byte[] bytes(int length, String what) {
        need(length, what);
        byte[] out = new byte[length];
        buffer.get(out);
        return out;
    }

    /** Every byte left. */
    public byte[] rest() {
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    /** A u32 length then that many bytes of strict UTF-8. */
    public String utf8(String what) {
        int length = u32(what + " length");
        byte[] raw = bytes(length, what);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new NtStatusException(NtStatus.OBJECT_NAME_INVALID, what + " is not valid UTF-8");
        }
    }

    public int remaining() {
        return buffer.remaining();
    }

    /** Fails unless every byte was read. */
    public void end(String what) {
        if (buffer.hasRemaining()) {
            throw new NtStatusException(NtStatus.INFO_LENGTH_MISMATCH, buffer.remaining()
                    + " unexpected trailing bytes after " + what);
        }
    }
}
