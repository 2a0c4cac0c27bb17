package dev.ringzero.kernel.abi;

/**
 * The output of each {@link IoFunction} that has one, one record per shape, with its encoding.
 * Decoding is strict in the same way as {@link IoCall}.
 */
public sealed interface IoOutput {
    void encode(WireWriter out);

    default byte[] encode() {
        WireWriter out = new WireWriter();
        encode(out);
        return out.toByteArray();
    }

    /** A new handle (create, open, duplicate): u32. */
    record HandleValue(int handle) implements IoOutput {
        public void encode(WireWriter out) { out.u32(handle); }

        public static HandleValue decode(byte[] b) {
            WireReader in = new WireReader(b);
            HandleValue v = new HandleValue(in.u32("handle"));
            in.end("handle");
            return v;
        }
    }

    /** Pop: u32 item size, then the item when it was removed. */
    record PoppedItem(int itemSize, byte[] item) implements IoOutput {
        public void encode(WireWriter out) {
            out.u32(itemSize);
            if (item != null) {
                out.bytes(item);
            }
        }

        public static PoppedItem decode(byte[] b) {
            WireReader in = new WireReader(b);
            int size = in.u32("item size");
            byte[] rest = in.rest();
            return new PoppedItem(size, rest.length == 0 ? null : rest);
        }
    }

    /** Query: u32 return length (0xFFFFFFFF when not requested), then the information bytes. */
    record Information(int returnLength, byte[] information) implements IoOutput {
        public void encode(WireWriter out) {
            out.u32(returnLength);
            if (information != null) {
                out.bytes(information);
            }
        }

        public static Information decode(byte[] b) {
            WireReader in = new WireReader(b);
            int length = in.u32("return length");
            byte[] rest = in.rest();
            return new Information(length, rest.length == 0 ? null : rest);
        }
    }

    /** Set/reset/pulse: u32 previous state (0 or 1). */
    record PreviousState(boolean signaled) implements IoOutput {
        public void encode(WireWriter out) { out.u32(signaled ? 1 : 0); }

        public static PreviousState decode(byte[] b) {
            WireReader in = new WireReader(b);
            PreviousState v = new PreviousState(in.u32("previous state") != 0);
            in.end("previous state");
            return v;
        }
    }

    /** The caller as the kernel sees it: u64 pid, u32 uid, u32 gid, u32 session. */
    record ProcessInformation(long pid, int uid, int gid, int session) implements IoOutput {
        public void encode(WireWriter out) { out.u64(pid).u32(uid).u32(gid).u32(session); }

        public static ProcessInformation decode(byte[] b) {
            WireReader in = new WireReader(b);
            ProcessInformation v = new ProcessInformation(in.u64("pid"), in.u32("uid"), in.u32("gid"), in.u32("session"));
            in.end("process information");
            return v;
        }
    }

    /** NtWriteFile: u64 IoStatus.Information (the bytes written). */
    record IoStatusInformation(long information) implements IoOutput {
        public void encode(WireWriter out) { out.u64(information); }

        public static IoStatusInformation decode(byte[] b) {
            WireReader in = new WireReader(b);
            IoStatusInformation v = new IoStatusInformation(in.u64("information"));
            in.end("IoStatus.Information");
            return v;
        }
    }
}
