package dev.ringzero.kernel.booster;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The Booster write request, the article's {@code struct ThreadData { u32 ThreadId; i32 Priority; }}:
 * exactly {@value #SIZE} bytes, little-endian.
 *
 * @param threadId the thread id as the unsigned 32-bit value of the request (0..4294967295)
 * @param priority the Windows priority asked for, unchecked (the device checks 1..31)
 */
public record ThreadData(long threadId, int priority) {
    public static final int SIZE = 8;

    public ThreadData {
        if (threadId < 0 || threadId > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("thread id " + threadId + " does not fit a u32");
        }
    }

    /**
     * Reads a request from exactly {@value #SIZE} bytes.
     *
     * @throws IllegalArgumentException when the buffer is not {@value #SIZE} bytes long
     */
    public static ThreadData decode(byte[] input) {
        if (input.length != SIZE) {
            throw new IllegalArgumentException("ThreadData is " + SIZE + " bytes, got " + input.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(input).order(ByteOrder.LITTLE_ENDIAN);
        return new ThreadData(Integer.toUnsignedLong(buffer.getInt()), buffer.getInt());
    }

    public byte[] encode() {
        return ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) threadId)
                .putInt(priority)
                .array();
    }
}
