package dev.ringzero.kernel.daemon;

import dev.ringzero.kernel.abi.IoFrame;

/**
 * How IOCTL frames travel on the daemon's stream socket: each is prefixed by its length and a tag
 * the client chose, and the reply carries the same tag, so a client may have many requests in
 * flight on one connection (pipelining) and blocking calls may complete out of order.
 *
 * <pre>
 * u32 length (of tag + frame, little-endian) | u32 tag | IoFrame request or reply
 * </pre>
 *
 * A length below {@link #MIN_LENGTH} or above {@link #MAX_LENGTH} cannot be answered (the tag or the
 * stream position is lost) and closes the connection; any other frame gets a reply.
 */
public final class SocketFrame {
    /** Bytes of the length prefix. */
    public static final int PREFIX_BYTES = 4;
    /** Bytes of the tag. */
    public static final int TAG_BYTES = 4;
    /** Smallest length: a tag (the frame itself may be short; the dispatcher answers that). */
    public static final int MIN_LENGTH = TAG_BYTES;
    /** Largest length: a tag and a frame with the largest payload. */
    public static final int MAX_LENGTH = TAG_BYTES + IoFrame.HEADER_BYTES + IoFrame.MAX_PAYLOAD;

    private SocketFrame() {}

    /** Whether {@code length} (as read, unsigned) may follow on the stream. */
    public static boolean acceptableLength(int length) {
        return length >= MIN_LENGTH && length <= MAX_LENGTH;
    }
}
