package dev.ringzero.kernel.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * The input of each {@link IoFunction}, one record per call (the articles' DataStackConv.h), with
 * its little-endian encoding. The handle an operation acts on travels in the frame header, not here.
 * Decoding validates sizes and enumerations and throws {@link NtStatusException}; it never trusts a
 * length it has not checked against the bytes present.
 */
public sealed interface IoCall {
    /** Flag bit: the caller passed a buffer (the pointer was not NULL). */
    int BUFFER_PRESENT = 0x1;
    /** Flag bit: the caller passed a ReturnLength pointer. */
    int RETURN_LENGTH_PRESENT = 0x2;
    /** Flag bit: wait for all objects. */
    int WAIT_ALL = 0x1;
    /** Most entries an explicit DACL may carry on the wire. */
    int MAX_ACES = 1024;

    IoFunction function();

    void encode(WireWriter out);

    default byte[] encode() {
        WireWriter out = new WireWriter();
        encode(out);
        return out.toByteArray();
    }

    /** Decodes the input of {@code function}; the whole input must be consumed. */
    static IoCall decode(IoFunction function, byte[] input) {
        WireReader in = new WireReader(input);
        IoCall call = switch (function) {
            case QUERY_PROCESS -> new QueryProcess();
            case CLOSE -> new Close();
            case DUPLICATE_OBJECT -> new DuplicateObject(in.u32("desired access"), in.u32("attributes"), in.u32("options"));
            case MAKE_TEMPORARY -> new MakeTemporary();
            case OPEN_DIRECTORY -> new OpenDirectory(in.u32("desired access"), readAttributes(in));
            case WAIT_FOR_MULTIPLE -> WaitForMultiple.decode(in);
            case CREATE_EVENT -> new CreateEvent(in.u32("desired access"), eventType(in.u32("event type")),
                    booleanField(in.u32("initial state"), "initial state"), readAttributes(in));
            case OPEN_EVENT -> new OpenEvent(in.u32("desired access"), readAttributes(in));
            case SET_EVENT -> new SetEvent();
            case RESET_EVENT -> new ResetEvent();
            case PULSE_EVENT -> new PulseEvent();
            case CREATE_DATASTACK -> new CreateDataStack(readAttributes(in), in.u32("MaxItemSize"),
                    in.u32("MaxItemCount"), in.u64("MaxSize"));
            case OPEN_DATASTACK -> new OpenDataStack(in.u32("desired access"), readAttributes(in));
            case PUSH_DATASTACK -> new PushDataStack(flags(in.u32("flags"), BUFFER_PRESENT), in.u32("item size"), in.rest());
            case POP_DATASTACK -> new PopDataStack(flags(in.u32("flags"), BUFFER_PRESENT), in.u32("buffer size"));
            case CLEAR_DATASTACK -> new ClearDataStack();
            case QUERY_DATASTACK -> new QueryDataStack(in.u32("information class"),
                    flags(in.u32("flags"), BUFFER_PRESENT | RETURN_LENGTH_PRESENT), in.u32("buffer size"));
            case OPEN_FILE -> new OpenFile(in.u32("desired access"), readAttributes(in));
            case WRITE_FILE -> WriteFile.decode(in);
        };
        in.end(function.name() + " input");
        return call;
    }

    record QueryProcess() implements IoCall {
        public IoFunction function() { return IoFunction.QUERY_PROCESS; }

        public void encode(WireWriter out) {}
    }

    record Close() implements IoCall {
        public IoFunction function() { return IoFunction.CLOSE; }

        public void encode(WireWriter out) {}
    }

    record DuplicateObject(int desiredAccess, int attributes, int options) implements IoCall {
        public IoFunction function() { return IoFunction.DUPLICATE_OBJECT; }

        public void encode(WireWriter out) { out.u32(desiredAccess).u32(attributes).u32(options); }
    }

    record MakeTemporary() implements IoCall {
        public IoFunction function() { return IoFunction.MAKE_TEMPORARY; }

        public void encode(WireWriter out) {}
    }

    record OpenDirectory(int desiredAccess, ObjectAttributes attributes) implements IoCall {
        public IoFunction function() { return IoFunction.OPEN_DIRECTORY; }

        public void encode(WireWriter out) {
            out.u32(desiredAccess);
            writeAttributes(out, attributes);
        }
    }

    record WaitForMultiple(int[] handles, boolean waitAll, long timeoutMillis) implements IoCall {
        public IoFunction function() { return IoFunction.WAIT_FOR_MULTIPLE; }

        public void encode(WireWriter out) {
            out.u32(waitAll ? WAIT_ALL : 0).u64(timeoutMillis).u32(handles.length);
            for (int h : handles) {
                out.u32(h);
            }
        }

        static WaitForMultiple decode(WireReader in) {
            int flags = in.u32("flags");
            if ((flags & ~WAIT_ALL) != 0) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, "unknown wait flags 0x" + Integer.toHexString(flags));
            }
            long timeout = in.u64("timeout");
            int count = in.u32("handle count");
            if (count < 0 || count > in.remaining() / 4) {
                throw new NtStatusException(NtStatus.BUFFER_TOO_SMALL, "input too short for "
                        + Integer.toUnsignedString(count) + " handles");
            }
            int[] handles = new int[count];
            for (int i = 0; i < count; i++) {
                handles[i] = in.u32("handle");
            }
            return new WaitForMultiple(handles, flags == WAIT_ALL, timeout);
        }
    }

    record CreateEvent(int desiredAccess, EventType eventType, boolean initialState, ObjectAttributes attributes)
            implements IoCall {
        public IoFunction function() { return IoFunction.CREATE_EVENT; }

        public void encode(WireWriter out) {
            out.u32(desiredAccess).u32(eventType.code()).u32(initialState ? 1 : 0);
            writeAttributes(out, attributes);
        }
    }

    record OpenEvent(int desiredAccess, ObjectAttributes attributes) implements IoCall {
        public IoFunction function() { return IoFunction.OPEN_EVENT; }

        public void encode(WireWriter out) {
            out.u32(desiredAccess);
            writeAttributes(out, attributes);
        }
    }

    record SetEvent() implements IoCall {
        public IoFunction function() { return IoFunction.SET_EVENT; }

        public void encode(WireWriter out) {}
    }

    record ResetEvent() implements IoCall {
        public IoFunction function() { return IoFunction.RESET_EVENT; }

        public void encode(WireWriter out) {}
    }

    record PulseEvent() implements IoCall {
        public IoFunction function() { return IoFunction.PULSE_EVENT; }

        public void encode(WireWriter out) {}
    }

    record CreateDataStack(ObjectAttributes attributes, int maxItemSize, int maxItemCount, long maxSize) implements IoCall {
        public IoFunction function() { return IoFunction.CREATE_DATASTACK; }

        public void encode(WireWriter out) {
            writeAttributes(out, attributes);
            out.u32(maxItemSize).u32(maxItemCount).u64(maxSize);
        }
    }

    record OpenDataStack(int desiredAccess, ObjectAttributes attributes) implements IoCall {
        public IoFunction function() { return IoFunction.OPEN_DATASTACK; }

        public void encode(WireWriter out) {
            out.u32(desiredAccess);
            writeAttributes(out, attributes);
        }
    }

    /** Push: flags ({@link #BUFFER_PRESENT}), the item size, then the buffer's bytes. */
    record PushDataStack(int flags, int itemSize, byte[] buffer) implements IoCall {
        public IoFunction function() { return IoFunction.PUSH_DATASTACK; }

        public boolean bufferPresent() { return (flags & BUFFER_PRESENT) != 0; }

        public void encode(WireWriter out) { out.u32(flags).u32(itemSize).bytes(buffer); }
    }

    /** Pop: flags ({@link #BUFFER_PRESENT}) and the caller's buffer size. */
    record PopDataStack(int flags, int bufferSize) implements IoCall {
        public IoFunction function() { return IoFunction.POP_DATASTACK; }

        public boolean bufferPresent() { return (flags & BUFFER_PRESENT) != 0; }

        public void encode(WireWriter out) { out.u32(flags).u32(bufferSize); }
    }

    record ClearDataStack() implements IoCall {
        public IoFunction function() { return IoFunction.CLEAR_DATASTACK; }

        public void encode(WireWriter out) {}
    }

    /** Query: the raw information class, flags ({@link #BUFFER_PRESENT}, {@link #RETURN_LENGTH_PRESENT}), buffer size. */
    record QueryDataStack(int informationClass, int flags, int bufferSize) implements IoCall {
        public IoFunction function() { return IoFunction.QUERY_DATASTACK; }

        public boolean bufferPresent() { return (flags & BUFFER_PRESENT) != 0; }

        public boolean returnLengthPresent() { return (flags & RETURN_LENGTH_PRESENT) != 0; }

        public void encode(WireWriter out) { out.u32(informationClass).u32(flags).u32(bufferSize); }
    }

    /** NtOpenFile (and NtCreateFile with FILE_OPEN) of a device: the desired access and the NT name. */
    record OpenFile(int desiredAccess, ObjectAttributes attributes) implements IoCall {
        public IoFunction function() { return IoFunction.OPEN_FILE; }

        public void encode(WireWriter out) {
            out.u32(desiredAccess);
            writeAttributes(out, attributes);
        }
    }

    /**
     * NtWriteFile: flags ({@link #BUFFER_PRESENT}), u32 length, then the buffer's bytes. A null buffer
     * is the caller passing none (length 0); the length must match the bytes that follow.
     */
    record WriteFile(byte[] buffer) implements IoCall {
        public IoFunction function() { return IoFunction.WRITE_FILE; }

        public void encode(WireWriter out) {
            out.u32(buffer == null ? 0 : BUFFER_PRESENT).u32(buffer == null ? 0 : buffer.length);
            if (buffer != null) {
                out.bytes(buffer);
            }
        }

        static WriteFile decode(WireReader in) {
            boolean present = flags(in.u32("flags"), BUFFER_PRESENT) == BUFFER_PRESENT;
            int length = in.u32("length");
            if (length != in.remaining()) {
                throw new NtStatusException(NtStatus.INFO_LENGTH_MISMATCH, "write announces "
                        + Integer.toUnsignedString(length) + " bytes, the input carries " + in.remaining());
            }
            if (!present && length != 0) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, "a write without a buffer has length 0, not " + length);
            }
            byte[] bytes = in.rest();
            return new WriteFile(present ? bytes : null);
        }
    }

    // ---- shared pieces ------------------------------------------------------------------------

    /**
     * OBJECT_ATTRIBUTES: u32 attributes, u32 root directory, u32-length-prefixed UTF-8 name (empty: no
     * name), u8 has-security, then u32 owner, u32 ACE count and per ACE u8 kind (0 allow, 1 deny),
     * u8 trustee (0 user, 1 group, 2 everyone), u16 zero, u32 id, u32 mask.
     */
    private static void writeAttributes(WireWriter out, ObjectAttributes a) {
        out.u32(a.attributes()).u32(a.rootDirectory()).utf8(a.name() == null ? "" : a.name());
        SecurityDescriptor sd = a.security();
        out.u8(sd == null ? 0 : 1);
        if (sd != null) {
            out.u32(sd.ownerUid()).u32(sd.dacl().size());
            for (Ace ace : sd.dacl()) {
                out.u8(ace.kind() == Ace.Kind.ALLOW ? 0 : 1);
                switch (ace.trustee()) {
                    case Trustee.User u -> out.u8(0).u16(0).u32(u.uid());
                    case Trustee.Group g -> out.u8(1).u16(0).u32(g.gid());
                    case Trustee.Everyone e -> out.u8(2).u16(0).u32(0);
                }
                out.u32(ace.mask());
            }
        }
    }

    private static ObjectAttributes readAttributes(WireReader in) {
        int attributes = in.u32("object attributes");
        int root = in.u32("root directory");
        String name = in.utf8("object name");
        if (name.length() > 32767) {
            throw new NtStatusException(NtStatus.OBJECT_NAME_INVALID, "object name longer than 32767 characters");
        }
        int hasSecurity = in.u8("security flag");
        SecurityDescriptor sd = switch (hasSecurity) {
            case 0 -> null;
            case 1 -> security(in);
            default -> throw new NtStatusException(NtStatus.INVALID_PARAMETER, "security flag must be 0 or 1, not " + hasSecurity);
        };
        return new ObjectAttributes(name.isEmpty() ? null : name, root, attributes, sd);
    }

    private static SecurityDescriptor security(WireReader in) {
        int owner = in.u32("owner");
        int count = in.u32("ACE count");
        if (count < 0 || count > MAX_ACES) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "a DACL of " + Integer.toUnsignedString(count)
                    + " entries (at most " + MAX_ACES + ")");
        }
        List<Ace> entries = new ArrayList<>(Math.min(count, in.remaining() / 12 + 1));
        for (int i = 0; i < count; i++) {
            int kind = in.u8("ACE kind");
            int trusteeKind = in.u8("ACE trustee");
            in.u16("ACE padding");
            int id = in.u32("ACE id");
            int mask = in.u32("ACE mask");
            Ace.Kind k = switch (kind) {
                case 0 -> Ace.Kind.ALLOW;
                case 1 -> Ace.Kind.DENY;
                default -> throw new NtStatusException(NtStatus.INVALID_PARAMETER, "ACE kind " + kind);
            };
            Trustee trustee = switch (trusteeKind) {
                case 0 -> Trustee.user(id);
                case 1 -> Trustee.group(id);
                case 2 -> Trustee.everyone();
                default -> throw new NtStatusException(NtStatus.INVALID_PARAMETER, "ACE trustee kind " + trusteeKind);
            };
            entries.add(new Ace(k, trustee, mask));
        }
        return new SecurityDescriptor(owner, entries);
    }

    private static EventType eventType(int code) {
        for (EventType t : EventType.values()) {
            if (t.code() == code) {
                return t;
            }
        }
        throw new NtStatusException(NtStatus.INVALID_PARAMETER, "event type " + code);
    }

    private static int flags(int flags, int valid) {
        if ((flags & ~valid) != 0) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "unknown flags 0x" + Integer.toHexString(flags & ~valid));
        }
        return flags;
    }

    private static boolean booleanField(int value, String what) {
        if (value != 0 && value != 1) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, what + " must be 0 or 1, not " + value);
        }
        return value == 1;
    }
}
