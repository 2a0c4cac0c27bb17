package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.platform.ArgumentKind;
import dev.ringzero.ebpf.platform.HelperFunction;
import dev.ringzero.ebpf.platform.HelperPrototype;
import dev.ringzero.ebpf.maps.MapType;
import dev.ringzero.ebpf.verifier.MapDescriptor;
import dev.ringzero.ebpf.verifier.VerifierInput;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Helper calls checked against their prototypes: argument kinds, memory sizes, map compatibility (both ways, as
 * the kernel's {@code check_map_func_compatibility}), references (ring buffer reservations) and the packet
 * pointers a helper that may move the packet invalidates.
 */
final class HelperCalls {
    private static final Set<HelperFunction> GENERIC_MAP = EnumSet.of(HelperFunction.MAP_LOOKUP_ELEM,
            HelperFunction.MAP_UPDATE_ELEM, HelperFunction.MAP_DELETE_ELEM, HelperFunction.MAP_LOOKUP_AND_DELETE_ELEM);
    private static final Set<MapType> KEYED = EnumSet.of(MapType.HASH, MapType.ARRAY, MapType.PERCPU_HASH,
            MapType.PERCPU_ARRAY, MapType.LRU_HASH, MapType.LPM_TRIE, MapType.LRU_PERCPU_HASH);

    private final VerifierInput input;
    private final Rules rules;
    private final MemoryAccess memory;

    HelperCalls(VerifierInput input, Rules rules, MemoryAccess memory) {
        this.input = input;
        this.rules = rules;
        this.memory = memory;
    }

    /** Checks and applies the call; false when the helper does not return (never: tail calls fall through on failure). */
    boolean call(int pc, State s, int id) {
        var table = input.programType().platform().helpers();
        HelperPrototype proto = table.byId(id).orElseThrow(() -> new Rejection(pc, "invalid func unknown#" + id
                + ": " + input.programType().platform() + " has no helper with that number"));
        if (rules.linux() && GPL_ONLY.contains(proto.function()) && !input.options().gplCompatible()) {
            throw new Rejection(pc, "cannot call GPL-restricted function from non-GPL compatible program: " + proto.name()
                    + " needs a GPL-compatible license section (e.g. char LICENSE[] SEC(\"license\") = \"GPL\";)");
        }
        if (!input.programType().allows(proto.function())) {
            throw new Rejection(pc, "program of type " + input.programType().name() + " cannot call " + proto.name()
                    + " (helper " + id + ")");
        }
        List<ArgumentKind> args = proto.arguments();
        if (s.lock != null && proto.function() != HelperFunction.SPIN_UNLOCK) {
            throw new Rejection(pc, "function calls are not allowed while holding a lock: " + proto.name()
                    + " is called between bpf_spin_lock and bpf_spin_unlock");
        }
        if (proto.function() == HelperFunction.TAIL_CALL && !s.refs.isEmpty()) {
            throw new Rejection(pc, "tail_call would lead to reference leak: the program still holds "
                    + describeRefs(s) + "; submit or discard it first");
        }
        MapDescriptor map = null;
        long allocSize = -1;
        int released = 0;
        Value keyArgument = null;
        int callbackTarget = -1;
        callbackEntry = null;
        int mapIndex = -1;
        int memReg = -1;
        long sizeMax = -1; // the largest value of the last size argument (the kernel's msize_max_value)
        ArgumentKind memKind = null;
        for (int i = 0; i < args.size(); i++) {
            int reg = i + 1;
            ArgumentKind kind = args.get(i);
            String where = "argument " + reg + " (r" + reg + ") of " + proto.name();
            switch (kind) {
                case ANYTHING -> {
                    Value v = Transfer.read(pc, s, reg);
                    if (v instanceof Value.Ptr && !rules.allowPointerLeaks()) {
                        throw new Rejection(pc, "r" + reg + " leaks an address into " + proto.name() + ": " + where + " must be a number");
                    }
                }
                case CTX -> {
                    Value v = Transfer.read(pc, s, reg);
                    if (!(v instanceof Value.Ptr p && p.region() == Region.CTX && p.off().isZero())) {
                        throw new Rejection(pc, where + " must be the context pointer the program received in r1, unmodified; r"
                                + reg + " is " + v);
                    }
                }
                case MAP_PTR, PROG_ARRAY_PTR -> {
                    Value v = Transfer.read(pc, s, reg);
                    if (!(v instanceof Value.Ptr p && p.region() == Region.MAP_PTR)) {
                        throw new Rejection(pc, where + " must be a map (the address of a map definition); r" + reg + " is " + v);
                    }
                    if (p.maybeNull()) {
                        throw new Rejection(pc, "R" + reg + " type=map_value_or_null expected=map_ptr: " + where
                                + " is the inner map a map-of-maps lookup returned, which may be NULL"
                                + Transfer.originHint(p) + "; check it against 0 first");
                    }
                    map = input.maps().get(p.mapIndex());
                    mapIndex = p.mapIndex();
                    checkCompatible(pc, proto, map);
                    if (map.readOnly() && rules.linux() && MAP_WRITERS.contains(proto.function())) {
                        throw new Rejection(pc, "write into map forbidden: " + proto.name() + " would change map "
                                + map.name() + ", which is read-only to programs");
                    }
                }
                case KEY_PTR -> {
                    memoryArgument(pc, s, reg, where, requireMap(pc, map, proto).keySize(), false, proto);
                    keyArgument = s.reg(reg);
                }
                case VALUE_PTR -> memoryArgument(pc, s, reg, where, requireMap(pc, map, proto).valueSize(), false, proto);
                case UNINIT_VALUE_PTR -> memoryArgument(pc, s, reg, where, requireMap(pc, map, proto).valueSize(), true, proto);
                case READABLE_MEM_PTR, READABLE_MEM_PTR_OR_NULL, WRITABLE_MEM_PTR, UPDATED_MEM_PTR, UPDATED_MEM_PTR_OR_NULL -> {
                    Transfer.read(pc, s, reg);
                    memReg = reg;
                    memKind = kind;
                }
                case MEM_SIZE, MEM_SIZE_OR_ZERO -> {
                    Value v = Transfer.read(pc, s, reg);
                    if (!(v instanceof Value.Num n)) {
                        throw new Rejection(pc, where + " is a size and must be a number; r" + reg + " is " + v);
                    }
                    Scalar size = n.scalar();
                    sizeMax = size.umax();
                    if (size.smin() < 0) {
                        throw new Rejection(pc, "r" + reg + " min value is negative (" + size + "): " + where
                                + " is a size; use an unsigned value or check it is >= 0");
                    }
                    if (Long.compareUnsigned(size.umax(), Scalar.MAX_VAR_OFF) >= 0) {
                        throw new Rejection(pc, "r" + reg + " unbounded memory access (" + size + "): " + where
                                + " needs an upper bound; use 'if (size < N)' or 'size &= mask' before the call");
                    }
                    if (kind == ArgumentKind.MEM_SIZE && size.umin() == 0) {
                        throw new Rejection(pc, "r" + reg + " invalid zero-sized read: " + where + " may be 0 (" + size
                                + "); check it is > 0");
                    }
                    if (memReg < 0) {
                        throw new Rejection(pc, proto.name() + " declares a size without a memory argument");
                    }
                    sizedMemory(pc, s, memReg, memKind, size, n.link(), proto);
                }
                case ALLOC_SIZE_OR_ZERO -> {
                    Value v = Transfer.read(pc, s, reg);
                    if (!(v instanceof Value.Num n) || !n.scalar().isConstant()) {
                        throw new Rejection(pc, "R" + reg + " is not a known constant: " + where + " is the size to"
                                + " reserve and must be a constant; r" + reg + " is " + v);
                    }
                    allocSize = n.scalar().value();
                    if (allocSize < 0 || allocSize > 0xFFFF_FFFFL) {
                        // the kernel only requires a constant (a reservation too large fails at run time); ringzero
                        // refuses sizes that do not fit the kernel's 32-bit record of the reserved size
                        throw new Rejection(pc, "R" + reg + " min value is negative or too large (" + allocSize + "): "
                                + where + " must be a size");
                    }
                }
                case RINGBUF_MEM_RELEASE -> released = releasedReference(pc, s, reg, where);
                case CONST_STRING -> constString(pc, s, reg, where);
                case CALLBACK -> {
                    Value v = Transfer.read(pc, s, reg);
                    if (!(v instanceof Value.Ptr p) || p.region() != Region.FUNC || !p.off().isZero()) {
                        throw new Rejection(pc, "R" + reg + " type=" + (v instanceof Value.Ptr p ? p.region().display()
                                : "scalar") + " expected=func: " + where + " must be the address of a static function");
                    }
                    callbackTarget = p.mapIndex();
                }
                case SPIN_LOCK_PTR -> spinLock(pc, s, reg, proto);
            }
        }
        if (released != 0) {
            s.release(released);
        }
        if (callbackTarget >= 0) {
            callbackEntry = enterCallback(pc, s, proto, callbackTarget, map, mapIndex);
        }
        // a tail call from a function other than the program's entry returns to that function's caller, whose
        // packet may have been changed by the program it tail-called (the kernel treats it as changing packet data)
        boolean tailCallFromFunction = proto.function() == HelperFunction.TAIL_CALL
                && (s.frames.size() > 1 || s.top().function != 0);
        if (changesPacketData(proto.function()) || (tailCallFromFunction && rules.linux())) {
            s.invalidatePacket(pc);
        }
        boolean neverNull = proto.function() == HelperFunction.MAP_LOOKUP_ELEM && map != null
                && knownKeyInArray(s, map, keyArgument);
        if (rules.linux() && proto.function() == HelperFunction.SNPRINTF) {
            snprintfFormat(pc, s);
        }
        if (rules.linux() && proto.function() == HelperFunction.LOOP && s.reg(1) instanceof Value.Ptr p) {
            throw new Rejection(pc, "R1 type=" + p.region().display() + " expected=scalar: bpf_loop's nr_loops must be a number");
        }
        for (int r = 1; r <= 5; r++) s.set(r, Value.UNINIT);
        final int returnedMap = mapIndex;
        s.set(0, switch (proto.returns()) {
            case MAP_VALUE_OR_NULL -> {
                requireMap(pc, map, proto);
                if (map.type() == MapType.XSKMAP) {
                    // an XDP socket or NULL: checked and passed on like the kernel's xdp_sock pointer, not read
                    yield new Value.Ptr(Region.BTF_ID, Scalar.constant(0), 0, -1, s.freshId(), pc, 0, 0);
                }
                if (map.type().isMapOfMaps() && rules.linux()) {
                    // an inner map or NULL (the kernel's map_value_or_null, which its NULL check turns into a
                    // CONST_PTR_TO_MAP of the inner-map template): passed to map helpers, never read through
                    yield new Value.Ptr(Region.MAP_PTR, Scalar.constant(0), 0, map.innerIndex(), s.freshId(), pc, 0, 0);
                }
                // a value holding a spin lock gets an identity per lookup (kept by copies, offsets and the NULL
                // check), so the lock it holds is told apart from another lookup's, as the kernel's reg->id
                int identity = map.spinLockOffset() >= 0 ? s.freshId() : 0;
                yield new Value.Ptr(Region.MAP_VALUE, Scalar.constant(0), 0, returnedMap, neverNull ? 0 : s.freshId(),
                        neverNull ? -1 : pc, identity, 0);
            }
            case MAP_VALUE -> {
                requireMap(pc, map, proto);
                yield new Value.Ptr(Region.MAP_VALUE, Scalar.constant(0), 0, returnedMap, 0, -1, 0, 0);
            }
            case RINGBUF_MEM_OR_NULL -> {
                int ref = s.freshId();
                s.refs.put(ref, new State.Ref(pc, allocSize));
                yield new Value.Ptr(Region.RINGBUF_MEM, Scalar.constant(0), 0, returnedMap, ref, pc, 0, 0, ref);
            }
            case BTF_OBJECT -> new Value.Ptr(Region.BTF_ID, Scalar.constant(0), 0, -1, 0, -1, 0, 0);
            case VOID -> Value.UNINIT;
            // Linux declares bpf_tail_call void: when the tail call fails the program goes on with r0 unset
            case INTEGER_OR_NO_RETURN_IF_SUCCEED -> rules.linux() ? Value.UNINIT : Value.unknown();
            default -> rules.linux() ? Value.scalar(refinedReturn(proto.function(), sizeMax)) : Value.unknown();
        });
        return true;
    }

    /**
     * Whether a lookup cannot fail because it reads an array at a known key: Linux (bpf_capable loaders, the
     * kernel's get_constant_map_key) drops the NULL from an array or per-CPU array lookup whose key, held at a
     * constant stack address, is known below max_entries: either the key's bytes are known zeros within its 8-byte
     * slot, or they are exactly a number spilled at the slot's start with the key's size (a narrow store of a
     * constant, {@code *(u32 *)(r10 - 8) = 3}) whose value is known. Never for a map created with
     * {@code BPF_F_INNER_MAP}.
     */
    private boolean knownKeyInArray(State s, MapDescriptor map, Value key) {
        if (!rules.linux() || !rules.allowPointerLeaks()) return false;
        if (map.type() != MapType.ARRAY && map.type() != MapType.PERCPU_ARRAY) return false;
        // BPF_F_INNER_MAP: the inner maps that replace this template may be smaller (Linux 6.18 stable fix)
        if (map.innerMapFlag()) return false;
        if (!(key instanceof Value.Ptr p) || p.region() != Region.STACK || !p.off().isConstant()) return false;
        long at = p.off().value() + Frame.STACK_SIZE;
        int size = map.keySize();
        if (size <= 0 || at < 0 || at >= Frame.STACK_SIZE) return false;
        Frame f = s.frames.get(p.frame());
        int slotEnd = (int) (at / 8 * 8 + 8);
        int zeros = 0;
        for (int k = (int) at; k < slotEnd && f.stack[k] == Frame.ZERO; k++) zeros++;
        if (zeros >= size) return true;
        if (at % 8 != 0 || !(f.spills[(int) at / 8] instanceof Value.Num n) || !n.scalar().isConstant()) return false;
        int spilled = 0;
        for (int k = (int) at; k < slotEnd && f.stack[k] == Frame.SPILL; k++) spilled++;
        if (spilled != size) return false;
        long value = n.scalar().value();
        return value >= 0 && value < map.maxEntries();
    }

    /** Set by {@link #call} for a helper that calls back: the state entering the callback (its own frame), or null. */
    State callbackEntry;

    /** Linux helpers that call a function of the program back (ARG_PTR_TO_FUNC): bpf_for_each_map_elem, bpf_loop. */
    static boolean callsBack(int linuxId) {
        return linuxId == 164 || linuxId == 181;
    }

    /**
     * The state in which the callback starts, as the kernel sets up its frame: bpf_loop passes (index, ctx),
     * bpf_for_each_map_elem passes (map, key, value, ctx). The callback context (r3) must be a stack pointer or NULL.
     */
    private State enterCallback(int pc, State s, HelperPrototype proto, int target, MapDescriptor map, int mapIndex) {
        Value ctx = s.reg(3);
        boolean stackOrNull = ctx instanceof Value.Ptr p ? p.region() == Region.STACK && !p.maybeNull()
                : ctx instanceof Value.Num n && n.scalar().isZero();
        if (!stackOrNull) {
            throw new Rejection(pc, "R3 type=" + (ctx instanceof Value.Ptr p ? p.region().display() : "scalar")
                    + " expected=fp: the callback context of " + proto.name() + " must point to the stack or be NULL");
        }
        if (s.frames.size() >= Transfer.MAX_FRAMES) {
            throw new Rejection(pc, "the call stack of " + (s.frames.size() + 1) + " frames is too deep (at most "
                    + Transfer.MAX_FRAMES + ")");
        }
        State enter = s.copy();
        Frame callee = new Frame(pc, target, enter.frames.size());
        callee.callback = true;
        if (proto.function() == HelperFunction.LOOP) {
            callee.regs[1] = Value.scalar(Scalar.range(0, 0xFFFF_FFFFL));
            callee.regs[2] = ctx;
        } else {
            callee.regs[1] = new Value.Ptr(Region.MAP_PTR, Scalar.constant(0), 0, mapIndex, 0, -1, 0, 0);
            callee.regs[2] = new Value.Ptr(Region.MAP_KEY, Scalar.constant(0), 0, mapIndex, 0, -1, 0, 0);
            callee.regs[3] = new Value.Ptr(Region.MAP_VALUE, Scalar.constant(0), 0, mapIndex, 0, -1, 0, 0);
            callee.regs[4] = ctx;
        }
        callee.regs[10] = new Value.Ptr(Region.STACK, Scalar.constant(0), enter.frames.size(), -1, 0, -1, 0, 0);
        enter.frames.add(callee);
        return enter;
    }

    /** Helpers Linux 6.18 lets only programs with a GPL-compatible license call (gpl_only in their bpf_func_proto, measured). */
    private static final Set<HelperFunction> GPL_ONLY = EnumSet.of(HelperFunction.PROBE_READ, HelperFunction.PROBE_READ_STR,
            HelperFunction.PROBE_READ_USER, HelperFunction.PROBE_READ_USER_STR, HelperFunction.PROBE_READ_KERNEL,
            HelperFunction.PROBE_READ_KERNEL_STR, HelperFunction.TRACE_PRINTK, HelperFunction.TRACE_VPRINTK,
            HelperFunction.SNPRINTF, HelperFunction.GET_CURRENT_TASK, HelperFunction.GET_CURRENT_TASK_BTF,
            HelperFunction.GET_FUNC_IP, HelperFunction.GET_STACK, HelperFunction.GET_STACKID, HelperFunction.PERF_EVENT_OUTPUT,
            HelperFunction.PERF_EVENT_READ, HelperFunction.PERF_EVENT_READ_VALUE, HelperFunction.FIB_LOOKUP);

    /** The largest error number a helper returns negated (the kernel's MAX_ERRNO). */
    private static final long MAX_ERRNO = 4095;

    /**
     * What Linux knows of a number a helper returns ({@code do_refine_retval_range}): string and stack copies
     * return at most the size they were given, or a negative error; the processor id is below the number of
     * possible CPUs; anything else is unknown.
     */
    static Scalar refinedReturn(HelperFunction f, long sizeMax) {
        switch (f) {
            case GET_STACK, PROBE_READ_STR, PROBE_READ_KERNEL_STR, PROBE_READ_USER_STR -> {
                if (sizeMax < 0 || sizeMax > Integer.MAX_VALUE) return Scalar.UNKNOWN;
                return LinuxBounds.synced(new Scalar(-MAX_ERRNO, sizeMax, 0, -1L, (int) -MAX_ERRNO, (int) sizeMax, 0, -1, 0, -1L));
            }
            case GET_SMP_PROCESSOR_ID -> {
                int cpus = PossibleCpus.COUNT;
                return cpus > 0 ? Scalar.range(0, cpus - 1) : Scalar.UNKNOWN;
            }
            default -> {
                return Scalar.UNKNOWN;
            }
        }
    }

    /** The kernel's nr_cpu_ids, from /sys/devices/system/cpu/possible ("0-1", "0-3,6"), or 0 when unknown. */
    private static final class PossibleCpus {
        static final int COUNT = read();

        private static int read() {
            try {
                String text = java.nio.file.Files.readString(java.nio.file.Path.of("/sys/devices/system/cpu/possible")).strip();
                int max = -1;
                for (String part : text.split(",")) {
                    String[] range = part.split("-");
                    max = Math.max(max, Integer.parseInt(range[range.length - 1].strip()));
                }
                return max + 1;
            } catch (java.io.IOException | RuntimeException e) {
                return 0;
            }
        }
    }

    /** Helpers after which the packet may have moved or changed size (the kernel's bpf_helper_changes_pkt_data). */
    static boolean changesPacketData(HelperFunction f) {
        return switch (f) {
            case SKB_STORE_BYTES, L3_CSUM_REPLACE, L4_CSUM_REPLACE, CLONE_REDIRECT, SKB_VLAN_PUSH, SKB_VLAN_POP,
                 SKB_CHANGE_PROTO, SKB_CHANGE_TAIL, SKB_CHANGE_HEAD, SKB_PULL_DATA, SKB_ADJUST_ROOM,
                 XDP_ADJUST_HEAD, XDP_ADJUST_TAIL, XDP_ADJUST_META -> true;
            default -> false;
        };
    }

    static String describeRefs(State s) {
        StringBuilder b = new StringBuilder();
        s.refs.forEach((id, r) -> b.append(b.isEmpty() ? "" : ", ").append("reference id=").append(id)
                .append(" (ring buffer reservation at instruction ").append(r.allocPc()).append(')'));
        return b.toString();
    }

    /** The reference a submit or discard releases: the unmodified, NULL-checked pointer a reservation returned. */
    private int releasedReference(int pc, State s, int reg, String where) {
        Value v = Transfer.read(pc, s, reg);
        if (!(v instanceof Value.Ptr p) || p.region() != Region.RINGBUF_MEM) {
            throw new Rejection(pc, "R" + reg + " type=" + (v instanceof Value.Ptr p ? p.region().display() : "scalar")
                    + " expected=ringbuf_mem: " + where + " must be memory bpf_ringbuf_reserve returned and that was not"
                    + " submitted or discarded yet; r" + reg + " is " + v);
        }
        if (p.maybeNull()) {
            throw new Rejection(pc, "R" + reg + " type=ringbuf_mem_or_null expected=ringbuf_mem: " + where
                    + " may be NULL" + Transfer.originHint(p) + "; check it against 0 first");
        }
        if (!p.off().isZero()) {
            throw new Rejection(pc, "R" + reg + " must have zero offset when passed to release func or trusted arg to"
                    + " kfunc: " + where + " is " + p + ", not the start of the reservation");
        }
        if (!s.refs.containsKey(p.refId())) {
            throw new Rejection(pc, "R" + reg + " type=scalar expected=ringbuf_mem: the reservation was already released");
        }
        return p.refId();
    }

    /** bpf_spin_lock / bpf_spin_unlock: the lock inside a map value, taken and released once, one at a time. */
    private void spinLock(int pc, State s, int reg, HelperPrototype proto) {
        Value v = Transfer.read(pc, s, reg);
        if (!(v instanceof Value.Ptr p) || p.region() != Region.MAP_VALUE || p.maybeNull()) {
            throw new Rejection(pc, "R" + reg + " type=" + (v instanceof Value.Ptr p ? p.toString() : "scalar")
                    + " expected=map_value: " + proto.name() + " needs the address of a struct bpf_spin_lock in a map value");
        }
        MapDescriptor m = input.maps().get(p.mapIndex());
        if (m.spinLockOffset() < 0) {
            throw new Rejection(pc, "map '" + m.name() + "' has no valid bpf_spin_lock");
        }
        if (!p.off().isConstant()) {
            throw new Rejection(pc, "R" + reg + " doesn't have constant offset. bpf_spin_lock has to be at the constant"
                    + " offset");
        }
        if (p.off().value() != m.spinLockOffset()) {
            throw new Rejection(pc, "off " + p.off().value() + " doesn't point to 'struct bpf_spin_lock' that is at "
                    + m.spinLockOffset());
        }
        State.Lock lock = new State.Lock(p.mapIndex(), p.varId() != 0 ? p.varId() : -1);
        if (proto.function() == HelperFunction.SPIN_LOCK) {
            if (s.lock != null) {
                throw new Rejection(pc, "Locking two bpf_spin_locks are not allowed");
            }
            s.lock = lock;
        } else {
            if (s.lock == null) {
                throw new Rejection(pc, "bpf_spin_unlock without taking a lock");
            }
            if (!s.lock.equals(lock)) {
                throw new Rejection(pc, "bpf_spin_unlock of different lock");
            }
            s.lock = null;
        }
    }

    /** A pointer to a NUL-terminated string at a constant place in a read-only map value. */
    private void constString(int pc, State s, int reg, String where) {
        Value v = Transfer.read(pc, s, reg);
        if (!(v instanceof Value.Ptr p) || p.region() != Region.MAP_VALUE || p.maybeNull()) {
            throw new Rejection(pc, "R" + reg + " type=" + (v instanceof Value.Ptr p ? p.region().display() : "scalar")
                    + " expected=map_value: " + where + " must be a constant string in .rodata; r" + reg + " is " + v);
        }
        MapDescriptor m = input.maps().get(p.mapIndex());
        if (!m.readOnly() || m.initialValue() == null) {
            throw new Rejection(pc, "R" + reg + " does not point to a readonly map': " + where + " points into map "
                    + m.name() + ", which the program may change");
        }
        if (!p.off().isConstant()) {
            throw new Rejection(pc, "R" + reg + " is not a constant address': " + where + " has offset " + p.off());
        }
        byte[] bytes = m.initialValue();
        long off = p.off().value();
        for (long i = off; i >= 0 && i < bytes.length; i++) {
            if (bytes[(int) i] == 0) {
                return;
            }
        }
        throw new Rejection(pc, "string is not zero-terminated: " + where + " at offset " + off + " of map " + m.name());
    }

    /** bpf_snprintf: the data length a constant multiple of 8, the format valid for that many u64 arguments. */
    private void snprintfFormat(int pc, State s) {
        if (!(s.reg(5) instanceof Value.Num n) || !n.scalar().isConstant() || n.scalar().value() % 8 != 0) {
            throw new Rejection(pc, "Invalid format string: bpf_snprintf's data length (r5 = " + s.reg(5)
                    + ") must be a constant multiple of 8, the size of its array of u64 arguments");
        }
        Value.Ptr fmt = (Value.Ptr) s.reg(3);
        byte[] bytes = input.maps().get(fmt.mapIndex()).initialValue();
        String problem = SnprintfFormat.problem(bytes, (int) fmt.off().value(), (int) (n.scalar().value() / 8));
        if (problem != null) {
            throw new Rejection(pc, "Invalid format string: " + problem);
        }
    }

    private MapDescriptor requireMap(int pc, MapDescriptor map, HelperPrototype proto) {
        if (map == null) {
            throw new Rejection(pc, proto.name() + " has a key or value argument but no map argument before it");
        }
        return map;
    }

    /**
     * The kernel's check_map_func_compatibility, both ways: a map type that only some helpers may take, and a helper
     * that takes only some map types.
     */
    private void checkCompatible(int pc, HelperPrototype proto, MapDescriptor map) {
        HelperFunction f = proto.function();
        MapType t = map.type();
        if (!rules.linux()) {
            boolean ok = GENERIC_MAP.contains(f) ? KEYED.contains(t) : mapAllows(t, f) && helperAllows(f, t);
            if (!ok) {
                throw new Rejection(pc, "cannot pass map_type " + t.bpftoolName() + " (map " + map.name() + ") into func "
                        + proto.name());
            }
            return;
        }
        if (f == HelperFunction.MAP_LOOKUP_ELEM && t.isMapOfMaps() && map.innerIndex() < 0) {
            throw new Rejection(pc, proto.name() + " on " + t.bpftoolName() + " map " + map.name() + " returns an inner"
                    + " map, which ringzero's verifier does not model; it refuses the program");
        }
        if (!(mapAllows(t, f) && helperAllows(f, t))) {
            throw new Rejection(pc, "cannot pass map_type " + t.linuxId() + " into func " + proto.name() + "#" + proto.id()
                    + ": map " + map.name() + " is a " + t.bpftoolName() + " map");
        }
    }

    /** Which helpers a map of type {@code t} may be passed to. */
    private static boolean mapAllows(MapType t, HelperFunction f) {
        return switch (t) {
            case PROG_ARRAY -> f == HelperFunction.TAIL_CALL;
            case PERF_EVENT_ARRAY -> f == HelperFunction.PERF_EVENT_READ || f == HelperFunction.PERF_EVENT_OUTPUT
                    || f == HelperFunction.PERF_EVENT_READ_VALUE;
            case RINGBUF -> f == HelperFunction.RINGBUF_OUTPUT || f == HelperFunction.RINGBUF_RESERVE
                    || f == HelperFunction.RINGBUF_QUERY;
            case USER_RINGBUF -> false;
            case STACK_TRACE -> f == HelperFunction.GET_STACKID;
            case CGROUP_ARRAY -> f == HelperFunction.SKB_UNDER_CGROUP || f == HelperFunction.CURRENT_TASK_UNDER_CGROUP;
            case CGROUP_STORAGE, PERCPU_CGROUP_STORAGE -> f == HelperFunction.GET_LOCAL_STORAGE;
            case DEVMAP, DEVMAP_HASH, XSKMAP -> f == HelperFunction.REDIRECT_MAP || f == HelperFunction.MAP_LOOKUP_ELEM;
            case CPUMAP -> f == HelperFunction.REDIRECT_MAP;
            case ARRAY_OF_MAPS, HASH_OF_MAPS -> f == HelperFunction.MAP_LOOKUP_ELEM;
            // socket maps: lookups return sockets and updates take them, which ringzero does not model
            case SOCKMAP, SOCKHASH -> f == HelperFunction.MAP_DELETE_ELEM;
            case REUSEPORT_SOCKARRAY, SK_STORAGE, INODE_STORAGE, TASK_STORAGE, CGRP_STORAGE, STRUCT_OPS, ARENA -> false;
            case QUEUE, STACK -> f == HelperFunction.MAP_PEEK_ELEM || f == HelperFunction.MAP_POP_ELEM
                    || f == HelperFunction.MAP_PUSH_ELEM;
            case BLOOM_FILTER -> f == HelperFunction.MAP_PEEK_ELEM || f == HelperFunction.MAP_PUSH_ELEM;
            default -> true;
        };
    }

    /** Which map types helper {@code f} may take. */
    private static boolean helperAllows(HelperFunction f, MapType t) {
        return switch (f) {
            case TAIL_CALL -> t == MapType.PROG_ARRAY;
            case PERF_EVENT_READ, PERF_EVENT_OUTPUT, PERF_EVENT_READ_VALUE -> t == MapType.PERF_EVENT_ARRAY;
            case RINGBUF_OUTPUT, RINGBUF_RESERVE, RINGBUF_QUERY -> t == MapType.RINGBUF;
            case GET_STACKID -> t == MapType.STACK_TRACE;
            case SKB_UNDER_CGROUP, CURRENT_TASK_UNDER_CGROUP -> t == MapType.CGROUP_ARRAY;
            case GET_LOCAL_STORAGE -> t == MapType.CGROUP_STORAGE || t == MapType.PERCPU_CGROUP_STORAGE;
            case REDIRECT_MAP -> t == MapType.DEVMAP || t == MapType.DEVMAP_HASH || t == MapType.CPUMAP
                    || t == MapType.XSKMAP;
            case MAP_POP_ELEM -> t == MapType.QUEUE || t == MapType.STACK;
            case MAP_PEEK_ELEM, MAP_PUSH_ELEM -> t == MapType.QUEUE || t == MapType.STACK || t == MapType.BLOOM_FILTER;
            case MAP_LOOKUP_PERCPU_ELEM -> t == MapType.PERCPU_HASH || t == MapType.PERCPU_ARRAY
                    || t == MapType.LRU_PERCPU_HASH;
            default -> true;
        };
    }

    private void memoryArgument(int pc, State s, int reg, String where, long size, boolean write, HelperPrototype proto) {
        Value v = Transfer.read(pc, s, reg);
        Value.Ptr p = memoryPointer(pc, reg, v, where);
        packetAccess(pc, p, proto);
        check(pc, s, reg, p, size, size, null, write, where);
    }

    private void sizedMemory(int pc, State s, int reg, ArgumentKind kind, Scalar size, Value.PacketLink link, HelperPrototype proto) {
        String where = "argument " + reg + " (r" + reg + ") of " + proto.name();
        Value v = s.reg(reg);
        boolean orNull = kind == ArgumentKind.READABLE_MEM_PTR_OR_NULL || kind == ArgumentKind.UPDATED_MEM_PTR_OR_NULL;
        if (v instanceof Value.Num n && n.scalar().isZero()) {
            if (!rules.linux() && (orNull || size.umax() == 0)) {
                return;
            }
            if (orNull && size.umax() == 0) {
                return;
            }
            throw new Rejection(pc, "R" + reg + " type=scalar expected=fp, pkt, pkt_meta, map_key, map_value, mem,"
                    + " ringbuf_mem, buf: " + where + (orNull ? " may be NULL only when its size is 0, and the size"
                    + " may be " + size : " must point to memory, even when the size is 0"));
        }
        Value.Ptr p = memoryPointer(pc, reg, v, where);
        if ((kind == ArgumentKind.UPDATED_MEM_PTR || kind == ArgumentKind.UPDATED_MEM_PTR_OR_NULL)
                && p.region() == Region.MAP_VALUE && input.maps().get(p.mapIndex()).readOnly()) {
            throw new Rejection(pc, where + " would write into read-only map " + input.maps().get(p.mapIndex()).name());
        }
        packetAccess(pc, p, proto);
        check(pc, s, reg, p, size.umin(), size.umax(), link, kind == ArgumentKind.WRITABLE_MEM_PTR, where);
    }

    /** Helpers that change a map's contents, which a read-only (BPF_F_RDONLY_PROG) map refuses. */
    private static final Set<HelperFunction> MAP_WRITERS = EnumSet.of(HelperFunction.MAP_UPDATE_ELEM,
            HelperFunction.MAP_DELETE_ELEM, HelperFunction.MAP_PUSH_ELEM, HelperFunction.MAP_POP_ELEM);

    /** Helpers whose kernel prototype sets pkt_access (measured: the others refuse packet memory). */
    private static final Set<HelperFunction> PACKET_ACCESS = EnumSet.of(HelperFunction.MAP_LOOKUP_ELEM,
            HelperFunction.MAP_UPDATE_ELEM, HelperFunction.MAP_DELETE_ELEM, HelperFunction.MAP_PUSH_ELEM,
            HelperFunction.CSUM_DIFF, HelperFunction.MAP_LOOKUP_PERCPU_ELEM);

    private void packetAccess(int pc, Value.Ptr p, HelperPrototype proto) {
        if (rules.linux() && (p.region() == Region.PACKET || p.region() == Region.PACKET_META)
                && !PACKET_ACCESS.contains(proto.function())) {
            throw new Rejection(pc, "helper access to the packet is not allowed: " + proto.name()
                    + " cannot read or write packet memory; copy the bytes to the stack first");
        }
    }

    private Value.Ptr memoryPointer(int pc, int reg, Value v, String where) {
        if (v instanceof Value.Ptr p && !p.maybeNull()) {
            return p;
        }
        if (v instanceof Value.Ptr p) {
            throw new Rejection(pc, "r" + reg + " may be NULL here" + Transfer.originHint(p) + ": " + where
                    + " must point to memory; check r" + reg + " against 0 first");
        }
        throw new Rejection(pc, where + " must point to memory (stack, map value or packet); r" + reg + " is " + v);
    }

    private void check(int pc, State s, int reg, Value.Ptr p, long minSize, long maxSize, Value.PacketLink link, boolean write,
                       String where) {
        switch (p.region()) {
            case STACK -> memory.helperStack(pc, s, reg, p, minSize, maxSize, write);
            case MAP_VALUE -> {
                MapDescriptor m = input.maps().get(p.mapIndex());
                if (write && m.readOnly()) {
                    throw new Rejection(pc, where + " would write into read-only map " + m.name());
                }
                if (!write && m.writeOnly()) {
                    throw new Rejection(pc, "read from map forbidden: " + where + " would read map " + m.name()
                            + ", which was created with BPF_F_WRONLY_PROG");
                }
                memory.checkMapRange(pc, reg, p, 0, maxSize, m);
                SpecialFields.checkAccess(pc, m, p.off().smin(), p.off().smax() + maxSize);
            }
            case PACKET -> memory.helperPacket(pc, s, reg, p, maxSize, link, write);
            case MAP_KEY -> {
                MapDescriptor m = input.maps().get(p.mapIndex());
                if (write) {
                    throw new Rejection(pc, "write to change key R" + reg + " not allowed: " + where
                            + " would write into the key of map " + m.name());
                }
                memory.checkKey(pc, reg, p, 0, maxSize, m);
            }
            case RINGBUF_MEM -> memory.checkReserved(pc, s, reg, p, 0, maxSize);
            default -> throw new Rejection(pc, where + " must point to stack, map value or packet memory; r" + reg + " is " + p);
        }
    }
}
