package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.maps.MapType;

import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.Operand;
import dev.ringzero.ebpf.isa.Size;
import dev.ringzero.ebpf.platform.ContextField;
import dev.ringzero.ebpf.platform.ContextLayout;
import dev.ringzero.ebpf.platform.FieldKind;
import dev.ringzero.ebpf.verifier.MapDescriptor;
import dev.ringzero.ebpf.verifier.VerifierInput;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Loads, stores and atomics: which memory a pointer may touch, and what the stack holds. */
final class MemoryAccess {
    private static final long MAX_PACKET_OFF = 0xFFFF;
    private static final Set<String> PACKET_WRITERS = Set.of("xdp", "xdp_test", "sched_cls", "sched_act");

    private final VerifierInput input;
    private final Rules rules;
    private final ContextLayout context;
    /** Deepest stack byte touched, per function (first instruction). */
    private final Map<Integer, Integer> depths = new HashMap<>();

    MemoryAccess(VerifierInput input, Rules rules) {
        this.input = input;
        this.rules = rules;
        this.context = input.programType().context();
    }

    Map<Integer, Integer> depths() {
        return depths;
    }

    // ---- instructions -------------------------------------------------------------------------

    void load(int pc, State s, Instruction.Load l) {
        Value base = Transfer.read(pc, s, l.src());
        Value.Ptr p = pointer(pc, s, l.src(), base, "read");
        Value v = access(pc, s, l.src(), p, l.offset(), l.size().bytes(), null);
        if (l.signExtend() && v instanceof Value.Ptr && p.region() == Region.CTX) {
            throw new Rejection(pc, "invalid bpf_context access off=" + (p.off().value() + l.offset()) + " size="
                    + l.size().bytes() + ": a packet pointer field cannot be loaded with sign extension");
        }
        if (l.signExtend() && v instanceof Value.Num n) {
            v = Value.scalar(n.scalar().signExtend(l.size().bytes() * 8));
        }
        Transfer.write(pc, s, l.dst(), v);
    }

    void store(int pc, State s, Instruction.Store st) {
        Value base = Transfer.read(pc, s, st.dst());
        Value value = switch (st.value()) {
            case Operand.Imm imm -> Value.scalar(Scalar.constant(imm.value()));
            case Operand.Reg reg -> Transfer.read(pc, s, reg.reg());
        };
        Value.Ptr p = pointer(pc, s, st.dst(), base, "written");
        access(pc, s, st.dst(), p, st.offset(), st.size().bytes(), value);
    }

    void atomic(int pc, State s, Instruction.Atomic at) {
        Value base = Transfer.read(pc, s, at.dst());
        Value src = Transfer.read(pc, s, at.src());
        Value.Ptr p = pointer(pc, s, at.dst(), base, "updated atomically");
        if (p.region() != Region.STACK && p.region() != Region.MAP_VALUE) {
            throw new Rejection(pc, "atomic operation on " + p.region().display() + " memory is not allowed: only the stack and map values");
        }
        if (!(src instanceof Value.Num)) {
            throw new Rejection(pc, "r" + at.src() + " leaks an address into memory: an atomic operation needs a number");
        }
        int size = at.size().bytes();
        if (!p.off().isConstant() || (p.off().value() + at.offset()) % size != 0) {
            throw new Rejection(pc, "misaligned atomic access: offset " + p.off() + "+" + at.offset() + " is not a multiple of " + size);
        }
        access(pc, s, at.dst(), p, at.offset(), size, null);
        access(pc, s, at.dst(), p, at.offset(), size, Value.unknown());
        Value old = Value.scalar(size == 8 ? Scalar.UNKNOWN : Scalar.U32);
        switch (at.op()) {
            case CMPXCHG -> {
                Transfer.read(pc, s, 0);
                Transfer.write(pc, s, 0, old);
            }
            default -> {
                if (at.op().fetches()) Transfer.write(pc, s, at.src(), old);
            }
        }
    }

    void legacyPacketLoad(int pc, State s, Instruction.LoadPacket lp) {
        String type = input.programType().name();
        if (!rules.linux() || !(type.equals("socket_filter") || type.equals("sched_cls") || type.equals("sched_act"))) {
            throw new Rejection(pc, "legacy packet loads (LD_ABS/LD_IND) are not allowed in a " + type + " program");
        }
        if (!s.refs.isEmpty()) {
            throw new Rejection(pc, "BPF_LD_[ABS|IND] would lead to reference leak: a legacy packet load may end the program"
                    + " (when the packet is too short), and a ring buffer reservation is still held");
        }
        if (s.lock != null) {
            throw new Rejection(pc, "BPF_LD_[ABS|IND] cannot be mixed with bpf_spin_lock: it may end the program while the"
                    + " lock is held");
        }
        if (!(s.reg(6) instanceof Value.Ptr p && p.region() == Region.CTX && p.off().isZero())) {
            throw new Rejection(pc, "at the time of BPF_LD_ABS|IND r6 != pointer to skb: keep the context pointer in r6");
        }
        if (lp.indirect()) {
            Value v = Transfer.read(pc, s, lp.src());
            if (!(v instanceof Value.Num)) {
                throw new Rejection(pc, "r" + lp.src() + " must hold a number for an indirect packet load");
            }
        }
        for (int r = 1; r <= 5; r++) s.set(r, Value.UNINIT);
        s.set(0, Value.scalar(sized(lp.size().bytes())));
    }

    String helperName(int pc) {
        if (pc >= 0 && input.code().at(pc) instanceof Instruction.Call c) {
            var helper = input.programType().platform().helpers().byId(c.imm());
            if (helper.isPresent()) return helper.get().name();
        }
        return "a helper";
    }

    // ---- checks -------------------------------------------------------------------------------

    private Value.Ptr pointer(int pc, State s, int reg, Value base, String verb) {
        if (base instanceof Value.Ptr p) {
            if (p.maybeNull()) {
                String origin = p.originPc() < 0
                        ? "it comes from a global function's pointer parameter, which callers may pass as NULL"
                        : p.region() == Region.SOCKET
                        ? "it was loaded from __sk_buff->sk at instruction " + p.originPc() + ", which is NULL when the packet has no socket"
                        : "it holds " + helperName(p.originPc()) + "'s result from instruction " + p.originPc();
                throw new Rejection(pc, "r" + reg + " may be NULL here (" + origin + ", and no check on this path rules out NULL): "
                        + "compare r" + reg + " with 0 and use it only on the branch where it is not NULL");
            }
            return p;
        }
        Scalar n = ((Value.Num) base).scalar();
        if (n.isZero()) {
            throw new Rejection(pc, "r" + reg + " is NULL (the number 0) here, so memory cannot be " + verb + " through it");
        }
        String moved = s.packetMovedAt < 0 ? "" : " (if it held a packet pointer, the call at instruction " + s.packetMovedAt
                + " invalidated it: that call may move or resize the packet; load data and data_end from the context again"
                + " and repeat the bounds check)";
        throw new Rejection(pc, "r" + reg + " holds a number (" + n + "), not a pointer: memory cannot be " + verb
                + " through it" + moved);
    }

    /**
     * Checks an access of {@code size} bytes at {@code p + off}; for a read ({@code value == null})
     * returns what is read, for a write stores {@code value} and returns it.
     */
    Value access(int pc, State s, int reg, Value.Ptr p, int off, int size, Value value) {
        boolean write = value != null;
        if (write && value instanceof Value.Ptr && !rules.allowPointerLeaks() && p.region() != Region.STACK) {
            throw new Rejection(pc, "r" + reg + " leaks an address into " + regionName(p)
                    + ": only numbers may be stored where other programs or user space can read them");
        }
        return switch (p.region()) {
            case STACK -> stack(pc, s, reg, p, off, size, value);
            case CTX -> ctx(pc, s, reg, p, off, size, value);
            case SOCKET -> SocketFields.read(pc, reg, off, size, write);
            case PACKET -> packet(pc, s, reg, p, off, size, write);
            case MAP_VALUE -> mapValue(pc, reg, p, off, size, write);
            case PACKET_META -> meta(pc, s, reg, p, off, size, write);
            case RINGBUF_MEM -> {
                checkReserved(pc, s, reg, p, off, size);
                yield write ? value : Value.scalar(sized(size));
            }
            case MAP_KEY -> {
                MapDescriptor m = input.maps().get(p.mapIndex());
                if (write) {
                    throw new Rejection(pc, "write to change key R" + reg + " not allowed: the key of map " + m.name()
                            + " is read-only to the callback");
                }
                checkKey(pc, reg, p, off, size, m);
                yield Value.scalar(sized(size));
            }
            case PACKET_END, MAP_PTR, FUNC -> throw new Rejection(pc, "invalid mem access '" + p.region().display()
                    + "': r" + reg + " is " + p + ", which may only be compared or passed to helpers, not "
                    + (write ? "written" : "read"));
            case BTF_ID -> throw new Rejection(pc, "r" + reg + " is " + p + ", a kernel object described by BTF: ringzero"
                    + " does not model accessing it directly, so it refuses the program (bpf_probe_read_kernel can copy"
                    + " its fields)");
        };
    }

    /** Bounds of a map key handed to an iteration callback. */
    void checkKey(int pc, int reg, Value.Ptr p, long insnOff, long size, MapDescriptor m) {
        long lo = p.off().smin() + insnOff, hi = p.off().smax() + insnOff + size;
        if (lo < 0 || hi > m.keySize() || p.off().smax() == Long.MAX_VALUE) {
            throw new Rejection(pc, "invalid access to map key, key_size=" + m.keySize() + " off=" + lo + " size=" + size
                    + ": r" + reg + " points into the " + m.keySize() + "-byte key of map " + m.name());
        }
    }

    /** Bounds of memory reserved in a ring buffer: the constant size the reservation asked for. */
    void checkReserved(int pc, State s, int reg, Value.Ptr p, long insnOff, long size) {
        State.Ref ref = s.refs.get(p.refId());
        if (ref == null) {
            throw new Rejection(pc, "r" + reg + " invalid mem access 'scalar': the ring buffer memory was already"
                    + " submitted or discarded");
        }
        long lo = p.off().smin() + insnOff;
        if (p.off().smax() == Long.MAX_VALUE || Long.compareUnsigned(p.off().umax(), Scalar.MAX_VAR_OFF) >= 0) {
            throw new Rejection(pc, "r" + reg + " unbounded memory access, make sure to bounds check any such access");
        }
        long hi = p.off().smax() + insnOff + size;
        if (lo < 0 || hi > ref.size()) {
            throw new Rejection(pc, "invalid access to memory, mem_size=" + ref.size() + " off=" + (lo < 0 ? lo : p.off().smax()
                    + insnOff) + " size=" + size + ": r" + reg + " points into a " + ref.size()
                    + "-byte ring buffer reservation (instruction " + ref.allocPc() + ")");
        }
    }

    private String regionName(Value.Ptr p) {
        return switch (p.region()) {
            case MAP_VALUE -> "map " + input.maps().get(p.mapIndex()).name();
            case CTX -> "the context";
            case PACKET -> "the packet";
            default -> p.region().display();
        };
    }

    private static Scalar sized(int size) {
        return size >= 8 ? Scalar.UNKNOWN : Scalar.range(0, (1L << (8 * size)) - 1);
    }

    // ---- context --------------------------------------------------------------------------------

    private Value ctx(int pc, State s, int reg, Value.Ptr p, int insnOff, int size, Value value) {
        boolean write = value != null;
        if (!p.off().isConstant()) {
            throw new Rejection(pc, "variable ctx access var_off=" + p.off() + " disallowed: context fields need constant offsets");
        }
        if (rules.linux() && p.off().value() != 0) {
            throw new Rejection(pc, "dereference of modified ctx ptr r" + reg + " off=" + p.off().value()
                    + " disallowed: put the field offset in the load instruction instead");
        }
        long off = p.off().value() + insnOff;
        if (rules.linux() && input.programType().name().equals("tracepoint") && off < 8) {
            throw new Rejection(pc, "invalid bpf_context access off=" + off + " size=" + size
                    + ": the first 8 bytes of a tracepoint record (common_type, common_flags, common_preempt_count, "
                    + "common_pid) are not accessible; use bpf_get_current_pid_tgid() for the pid");
        }
        ContextField field = null;
        for (ContextField f : context.fields()) {
            if (f.covers((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, off)), size)) {
                if (field == null || f.kind() != FieldKind.SCALAR) field = f;
            }
        }
        String where = context.cType() + " at offset " + off + " (" + size + " bytes)";
        if (field != null && field.kind() != FieldKind.SCALAR) {
            if (write) {
                throw new Rejection(pc, "invalid bpf_context access: " + field.name() + " of " + context.cType() + " is read-only");
            }
            if (off != field.offset() || size != field.size()) {
                throw new Rejection(pc, "invalid bpf_context access off=" + off + " size=" + size + ": load " + field.name()
                        + " whole (" + field.size() + " bytes at offset " + field.offset() + ")");
            }
            Region region = switch (field.kind()) {
                case PACKET_START -> Region.PACKET;
                case PACKET_END -> Region.PACKET_END;
                default -> Region.PACKET_META;
            };
            return Value.Ptr.of(region, 0);
        }
        if (rules.linux() && off % size != 0) {
            throw new Rejection(pc, "invalid bpf_context access off=" + off + " size=" + size + ": misaligned");
        }
        if (write) {
            if (rules.linux() && field != null && field.access().writable() && !LinuxContextRules.writeSizeAllowed(field, size)) {
                throw new Rejection(pc, "invalid bpf_context access off=" + off + " size=" + size + ": " + field.name()
                        + " must be written whole (" + field.size() + " bytes)");
            }
            if (field == null || !field.access().writable()) {
                throw new Rejection(pc, "invalid bpf_context access: " + where + " is "
                        + (field == null ? "not a field" : field.name() + ", which is read-only") + " in a "
                        + input.programType().name() + " program");
            }
            return value;
        }
        if (rules.linux() && field != null) {
            String problem = LinuxContextRules.readProblem(input.programType(), field, size);
            if (problem != null) {
                throw new Rejection(pc, "invalid bpf_context access off=" + off + " size=" + size + ": " + problem);
            }
        }
        if (rules.linux() && field == null && LinuxContextRules.extraReadable(input.programType(), off, size, rules.allowPointerLeaks())) {
            if (off == LinuxContextRules.SK_BUFF_SK) {
                // the packet's socket, or NULL when it has none
                return new Value.Ptr(Region.SOCKET, Scalar.constant(0), 0, -1, s.freshId(), pc, 0, 0);
            }
            return Value.scalar(sized(size));
        }
        if (field == null && !(context.rawReadable() && off >= 0 && off + size <= context.size())) {
            throw new Rejection(pc, "invalid bpf_context access off=" + off + " size=" + size + ": " + context.cType()
                    + " has no readable field there");
        }
        return Value.scalar(sized(size));
    }

    // ---- packet ---------------------------------------------------------------------------------

    private Value packet(int pc, State s, int reg, Value.Ptr p, int insnOff, int size, boolean write) {
        if (write && !PACKET_WRITERS.contains(input.programType().name())) {
            throw new Rejection(pc, "cannot write into packet: a " + input.programType().name() + " program may only read it");
        }
        long lo = p.off().smin() + insnOff;
        if (p.varId() < 0 && rules.linux()) {
            throw new Rejection(pc, "R" + reg + " min value is negative, either use unsigned index or do a if (index >=0) check:"
                    + " a number subtracted from (or a negative number added to) the packet pointer may move it back");
        }
        if (p.off().smin() < 0 || lo < 0) {
            throw new Rejection(pc, "invalid access to packet, off=" + lo + " size=" + size
                    + ": r" + reg + " may point before the packet's start");
        }
        if (Long.compareUnsigned(p.off().umax(), MAX_PACKET_OFF) > 0) {
            throw new Rejection(pc, "r" + reg + " unbounded memory access: the offset into the packet, " + p.off()
                    + ", has no upper bound below 65536; bound it with if (x < N) or x &= mask");
        }
        long hi = p.off().smax() + insnOff + size;
        // as Linux: adding a number to a packet pointer gives it a new identity with no known range; only a
        // comparison of that pointer (or a copy) with data_end proves bytes readable through it
        boolean viaVar = p.fixed() + insnOff >= 0 && p.fixed() + insnOff + size <= s.range(p.varId());
        boolean within = rules.linux() ? (p.varId() == 0 ? hi <= s.range(0) : viaVar)
                : viaVar || hi <= s.range(0); // PREVAIL reasons about the numbers: any offset below the proven length
        if (!within) {
            long proven = p.varId() == 0 ? s.range(0) : s.range(p.varId());
            throw new Rejection(pc, "invalid access to packet, off=" + (p.varId() == 0 ? lo : p.fixed() + insnOff)
                    + " size=" + size + ": only " + proven + " byte" + (proven == 1 ? "" : "s") + " after "
                    + (p.varId() == 0 ? "the packet's start" : "r" + reg + "'s variable base")
                    + " are known to exist; compare " + (p.varId() == 0 ? "data + " + (lo + size) : "the pointer + " + (p.fixed() + insnOff + size))
                    + " with data_end first and access only on the branch where it is not greater");
        }
        return Value.scalar(sized(size));
    }

    private Value meta(int pc, State s, int reg, Value.Ptr p, int insnOff, int size, boolean write) {
        if (write && !PACKET_WRITERS.contains(input.programType().name())) {
            throw new Rejection(pc, "cannot write into packet metadata: a " + input.programType().name() + " program may only read it");
        }
        if (!p.off().isConstant()) {
            throw new Rejection(pc, "r" + reg + " has a variable offset into the packet metadata (" + p.off() + "); only constant offsets are supported");
        }
        long lo = p.off().value() + insnOff;
        if (lo < 0 || lo + size > s.range(State.META)) {
            throw new Rejection(pc, "invalid access to packet metadata, off=" + lo + " size=" + size + ": only "
                    + s.range(State.META) + " bytes after data_meta are known to exist; compare data_meta + " + (lo + size)
                    + " with data first");
        }
        return Value.scalar(sized(size));
    }

    // ---- map values -----------------------------------------------------------------------------

    private Value mapValue(int pc, int reg, Value.Ptr p, int insnOff, int size, boolean write) {
        MapDescriptor map = input.maps().get(p.mapIndex());
        if (write && (map.readOnly() || map.type() == MapType.DEVMAP || map.type() == MapType.DEVMAP_HASH)) {
            throw new Rejection(pc, "write into map " + map.name() + " forbidden: it is read-only"
                    + (map.readOnly() ? "" : " to programs (" + map.type().bpftoolName() + ")"));
        }
        if (!write && map.writeOnly()) {
            throw new Rejection(pc, "read from map forbidden, value_size=" + map.valueSize() + " off=" + (p.off().smin() + insnOff)
                    + " size=" + size + ": map " + map.name() + " was created with BPF_F_WRONLY_PROG, so programs may only write it");
        }
        checkMapRange(pc, reg, p, insnOff, size, map);
        SpecialFields.checkAccess(pc, map, p.off().smin() + insnOff, p.off().smax() + insnOff + size);
        if (!write && map.initialValue() != null && map.readOnly() && p.off().isConstant()
                && p.off().value() + insnOff + size <= map.initialValue().length) {
            byte[] bytes = map.initialValue();
            long v = 0;
            int start = (int) (p.off().value() + insnOff);
            for (int i = size - 1; i >= 0; i--) v = (v << 8) | (bytes[start + i] & 0xFF);
            return Value.scalar(Scalar.constant(v));
        }
        return Value.scalar(sized(size));
    }

    void checkMapRange(int pc, int reg, Value.Ptr p, long insnOff, long size, MapDescriptor map) {
        if (p.off().smin() + insnOff < 0) {
            throw new Rejection(pc, "invalid access to map value " + map.name() + ": r" + reg + " offset " + p.off()
                    + (insnOff == 0 ? "" : " + " + insnOff) + " may be negative; use an unsigned index or check it is >= 0");
        }
        if (p.off().smax() == Long.MAX_VALUE || Long.compareUnsigned(p.off().umax(), Scalar.MAX_VAR_OFF) >= 0) {
            throw new Rejection(pc, "r" + reg + " unbounded memory access into map value " + map.name()
                    + ": the offset " + p.off() + " has no upper bound; check it against the value size first");
        }
        long end = p.off().smax() + insnOff + size;
        if (end > map.valueSize()) {
            throw new Rejection(pc, "invalid access to map value, value_size=" + map.valueSize() + " off="
                    + (p.off().smax() + insnOff) + " size=" + size + ": map '" + map.name() + "' has values of "
                    + map.valueSize() + " bytes, and this access may reach byte " + end);
        }
    }

    // ---- stack ----------------------------------------------------------------------------------

    private Value stack(int pc, State s, int reg, Value.Ptr p, int insnOff, int size, Value value) {
        boolean write = value != null;
        Frame f = s.frames.get(p.frame());
        long lo = p.off().smin() + insnOff, hi = p.off().smax() + insnOff;
        checkStackRange(pc, reg, p, lo, hi, size, write ? "write" : "read", f);
        if (rules.linux() && size > 1) {
            long v = p.off().value() + insnOff, m = p.off().mask();
            if (((v | m) & (size - 1)) != 0) {
                throw new Rejection(pc, "misaligned stack access off " + p.off() + "+" + insnOff + " size " + size
                        + ": stack accesses must be aligned to their size");
            }
        }
        if (p.off().isConstant()) {
            int at = (int) lo + Frame.STACK_SIZE;
            if (write) {
                writeStack(pc, f, at, size, value);
                return value;
            }
            return readStack(pc, f, at, size);
        }
        int from = (int) lo + Frame.STACK_SIZE, to = (int) hi + size + Frame.STACK_SIZE;
        if (write) {
            for (int k = from; k < to; k++) {
                destroySpill(pc, f, k);
                if (f.stack[k] != Frame.UNINIT) f.stack[k] = Frame.MISC;
            }
            return value;
        }
        for (int k = from; k < to; k++) {
            requireInitialized(pc, f, k, size);
            if (f.stack[k] == Frame.SPILL && !(f.spills[k / 8] instanceof Value.Num)) {
                throw new Rejection(pc, "variable-offset read from the stack may read part of a spilled pointer at fp"
                        + (k / 8 * 8 - Frame.STACK_SIZE));
            }
        }
        return Value.scalar(sized(size));
    }

    void checkStackRange(int pc, int reg, Value.Ptr p, long lo, long hi, long size, String what, Frame f) {
        if (lo < -Frame.STACK_SIZE || hi + size > 0) {
            throw new Rejection(pc, "invalid " + what + " of the stack: r" + reg + " = fp" + (p.off().isConstant() ? signed(p.off().value()) : " + " + p.off())
                    + ", the access covers [fp" + signed(lo) + ", fp" + signed(hi + size) + "), "
                    + (lo < -Frame.STACK_SIZE ? "below the 512-byte stack" : "above the frame pointer (the stack is [fp-512, fp))"));
        }
        depths.merge(f.function, (int) -lo, Math::max);
    }

    private static String signed(long v) {
        return v >= 0 ? "+" + v : Long.toString(v);
    }

    private void requireInitialized(int pc, Frame f, int k, int size) {
        if (f.stack[k] == Frame.UNINIT && !rules.allowUninitStackReads()) {
            throw new Rejection(pc, "invalid read from stack off " + (k - Frame.STACK_SIZE) + " size " + size
                    + ": the byte at fp" + (k - Frame.STACK_SIZE) + " was never written on this path; initialize it first");
        }
    }

    private Value readStack(int pc, Frame f, int at, int size) {
        int slot = at / 8;
        int spillSize = 0;
        while (spillSize < 8 && f.stack[slot * 8 + spillSize] == Frame.SPILL) spillSize++;
        if (f.stack[at] == Frame.SPILL && at % 8 == 0 && size == 8 && spillSize == 8) {
            return f.spills[slot];
        }
        if (f.stack[at] == Frame.SPILL && at % 8 == 0 && size <= spillSize && f.spills[slot] instanceof Value.Num n) {
            // as Linux: a narrower fill from the start of a spilled number keeps what is known of its low bytes
            return Value.scalar(n.scalar().truncate(8 * size));
        }
        boolean allZero = true;
        for (int k = at; k < at + size; k++) {
            requireInitialized(pc, f, k, size);
            if (f.stack[k] == Frame.SPILL) {
                Value spilled = f.spills[k / 8];
                if (!(spilled instanceof Value.Num n)) {
                    throw new Rejection(pc, "invalid size of register fill: reading " + size + " bytes of the pointer spilled at fp"
                            + (k / 8 * 8 - Frame.STACK_SIZE) + "; read all 8 bytes");
                }
                allZero &= n.scalar().isZero();
            } else {
                allZero &= f.stack[k] == Frame.ZERO;
            }
        }
        if (allZero) return Value.scalar(Scalar.constant(0));
        // a read that does not start at a spilled number's first byte, or reaches past it, learns nothing (Linux)
        return Value.scalar(sized(size));
    }

    private void writeStack(int pc, Frame f, int at, int size, Value value) {
        if (value instanceof Value.Ptr v && v.region() == Region.STACK && v.frame() > f.depth) {
            throw new Rejection(pc, "cannot spill pointers to stack into stack frame of the caller: the callee's stack "
                    + "is gone once it returns");
        }
        for (int k = at; k < at + size; k++) destroySpill(pc, f, k);
        if (size == 8 && at % 8 == 0) {
            for (int k = at; k < at + 8; k++) f.stack[k] = Frame.SPILL;
            f.spills[at / 8] = value;
            return;
        }
        if (at % 8 == 0 && value instanceof Value.Num n && !n.scalar().isZero() && rules.linux() && rules.allowPointerLeaks()) {
            // Linux (bpf_capable) remembers a number stored with fewer than 8 bytes at a slot's start, as a narrow spill
            for (int k = at; k < at + size; k++) f.stack[k] = Frame.SPILL;
            f.spills[at / 8] = value;
            return;
        }
        if (value instanceof Value.Ptr) {
            throw new Rejection(pc, "invalid size of register spill: storing " + size + " bytes of a pointer to the stack "
                    + "(at fp" + (at - Frame.STACK_SIZE) + "); spill all 8 bytes at an 8-byte aligned slot");
        }
        byte kind = value instanceof Value.Num n && n.scalar().isZero() ? Frame.ZERO : Frame.MISC;
        for (int k = at; k < at + size; k++) f.stack[k] = kind;
    }

    /** Marks the slot holding byte {@code k} as plain bytes when it held a spilled register. */
    void destroySpill(int pc, Frame f, int k) {
        int slot = k / 8;
        if (f.stack[k] != Frame.SPILL) return;
        Value old = f.spills[slot];
        if (old instanceof Value.Ptr && !rules.allowPointerLeaks() && rules.linux()) {
            throw new Rejection(pc, "attempt to corrupt spilled pointer on stack at fp" + (slot * 8 - Frame.STACK_SIZE));
        }
        byte kind = old instanceof Value.Num n && n.scalar().isZero() ? Frame.ZERO : Frame.MISC;
        for (int i = slot * 8; i < slot * 8 + 8; i++) f.stack[i] = kind;
        f.spills[slot] = null;
    }

    /** A helper reads ({@code write} false) or fills {@code [lo, hi + maxSize)} through a stack pointer. */
    void helperStack(int pc, State s, int reg, Value.Ptr p, long minSize, long maxSize, boolean write) {
        Frame f = s.frames.get(p.frame());
        long lo = p.off().smin(), hi = p.off().smax();
        checkStackRange(pc, reg, p, lo, hi, maxSize, write ? "write by a helper" : "read by a helper", f);
        int from = (int) lo + Frame.STACK_SIZE, to = (int) (hi + maxSize) + Frame.STACK_SIZE;
        if (write) {
            for (int k = from; k < to; k++) {
                if (f.stack[k] == Frame.SPILL) destroySpill(pc, f, k);
            }
            if (p.off().isConstant()) {
                for (int k = from; k < from + minSize; k++) f.stack[k] = Frame.MISC;
            }
            return;
        }
        for (int k = from; k < to; k++) {
            if (f.stack[k] == Frame.UNINIT && !rules.allowUninitStackReads()) {
                throw new Rejection(pc, "invalid indirect read from stack: r" + reg + " points to fp" + (k - Frame.STACK_SIZE)
                        + ", which was never written on this path, and the helper reads " + maxSize + " bytes from fp"
                        + lo + "; initialize the buffer first");
            }
            if (f.stack[k] == Frame.SPILL && !(f.spills[k / 8] instanceof Value.Num) && !rules.allowPointerLeaks()) {
                throw new Rejection(pc, "the helper would read the pointer spilled at fp" + (k / 8 * 8 - Frame.STACK_SIZE));
            }
        }
    }

    /** A helper reads or fills {@code size} bytes of a packet. */
    void helperPacket(int pc, State s, int reg, Value.Ptr p, long maxSize, Value.PacketLink sizeLink, boolean write) {
        if (write && !PACKET_WRITERS.contains(input.programType().name())) {
            throw new Rejection(pc, "cannot write into packet: a " + input.programType().name() + " program may only read it");
        }
        if (p.off().smin() < 0) {
            throw new Rejection(pc, "r" + reg + " may point before the packet's start");
        }
        if (sizeLink != null && sizeLink.varId() == p.varId() && p.fixed() <= sizeLink.fixed()) {
            return; // size <= packet_end - (base + link.fixed) <= packet_end - p
        }
        long end = p.off().smax() + maxSize;
        boolean viaVar = p.fixed() >= 0 && p.fixed() + maxSize <= s.range(p.varId());
        boolean within = rules.linux() ? (p.varId() == 0 ? end <= s.range(0) : viaVar) : viaVar || end <= s.range(0);
        if (!within) {
            throw new Rejection(pc, "invalid access to packet: the helper may access " + maxSize + " bytes at r" + reg + " ("
                    + p + "), but only " + s.range(p.varId()) + " bytes are known to exist there; compare with data_end first");
        }
    }
}
