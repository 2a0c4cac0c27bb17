package dev.ringzero.kernel.abi;

/**
 * The framing of the IOCTL interface, little-endian and versioned.
 *
 * <pre>
 * request: u16 version | u16 function | u32 handle | u32 inputLength | input[inputLength]
 * reply:   u16 version | u16 reserved | u32 status | u32 outputLength | output[outputLength]
 * </pre>
 *
 * A frame whose length disagrees with its header is STATUS_INFO_LENGTH_MISMATCH, another version
 * STATUS_REVISION_MISMATCH, a payload above {@link #MAX_PAYLOAD} STATUS_INVALID_BUFFER_SIZE.
 */
public final class IoFrame {
    public static final int VERSION = 1;
    public static final int HEADER_BYTES = 12;
    /** Largest input or output payload: 64 MiB. */
    public static final int MAX_PAYLOAD = 64 << 20;

    private IoFrame() {}

    /** A decoded request: the raw function number (validated by the dispatcher), handle and input. */
    public record Request(int function, int handle, byte[] input) {}

    /** A decoded reply: the raw NTSTATUS (STATUS_WAIT_0 + i is not an enum constant) and output. */
    public record Reply(int status, byte[] output) {
        public static Reply of(NtStatus status, byte[] output) {
            return new Reply(status.code(), output);
        }

        public static Reply of(NtStatus status) {
            return new Reply(status.code(), new byte[0]);
        }
    }

    public static byte[] encodeRequest(IoFunction function, int handle, byte[] input) {
        checkPayload(input.length);
        return new WireWriter().u16(VERSION).u16(function.code()).u32(handle).u32(input.length).bytes(input).toByteArray();
    }

    public static Request decodeRequest(byte[] frame) {
        WireReader in = header(frame);
        int function = in.u16("function");
        int handle = in.u32("handle");
        byte[] input = payload(in, frame.length);
        return new Request(function, handle, input);
    }

    public static byte[] encodeReply(Reply reply) {
        checkPayload(reply.output().length);
        return new WireWriter().u16(VERSION).u16(0).u32(reply.status()).u32(reply.output().length)
                .bytes(reply.output()).toByteArray();
    }

    public static Reply decodeReply(byte[] frame) {
        WireReader in = header(frame);
        in.u16("reserved");
        int status = in.u32("status");
        return new Reply(status, payload(in, frame.length));
    }

    private static WireReader header(byte[] frame) {
        if (frame == null || frame.length < HEADER_BYTES) {
            throw new NtStatusException(NtStatus.INFO_LENGTH_MISMATCH, "frame shorter than its "
                    + HEADER_BYTES + "-byte header");
        }
        WireReader in = new WireReader(frame);
        int version = in.u16("version");
        if (version != VERSION) {
            throw new NtStatusException(NtStatus.REVISION_MISMATCH, "frame version " + version
                    + ", this kernel speaks " + VERSION);
        }
        return in;
    }

    private static byte[] payload(WireReader in, int frameLength) {
        int length = in.u32("payload length");
        checkPayload(length);
        if (length != frameLength - HEADER_BYTES) {
            throw new NtStatusException(NtStatus.INFO_LENGTH_MISMATCH, "header announces "
                    + Integer.toUnsignedString(length) + " payload bytes, frame carries " + (frameLength - HEADER_BYTES));
        }
        return in.rest();
    }

    private static void checkPayload(int length) {
        if (length < 0 || length > MAX_PAYLOAD) {
            throw new NtStatusException(NtStatus.INVALID_BUFFER_SIZE, "payload of "
                    + Integer.toUnsignedString(length) + " bytes exceeds " + MAX_PAYLOAD);
        }
    }
}
