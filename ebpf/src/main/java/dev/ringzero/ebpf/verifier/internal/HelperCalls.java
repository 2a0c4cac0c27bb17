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

/** Helper calls checked against their prototypes: argument kinds, memory sizes, map compatibility. */
final class HelperCalls {
    private static final Set<HelperFunction> GENERIC_MAP = EnumSet.of(HelperFunction.MAP_LOOKUP_ELEM,
            HelperFunction.MAP_UPDATE_ELEM, HelperFunction.MAP_DELETE_ELEM, HelperFunction.MAP_LOOKUP_AND_DELETE_ELEM);
    private static final Set<HelperFunction> QUEUE_OPS = EnumSet.of(HelperFunction.MAP_PUSH_ELEM,
            HelperFunction.MAP_POP_ELEM, HelperFunction.MAP_PEEK_ELEM);
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
        if (!input.programType().allows(proto.function())) {
            throw new Rejection(pc, "program of type " + input.programType().name() + " cannot call " + proto.name()
                    + " (helper " + id + ")");
        }
        List<ArgumentKind> args = proto.arguments();
        MapDescriptor map = null;
        int mapIndex = -1;
        int memReg = -1;
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
                    map = input.maps().get(p.mapIndex());
                    mapIndex = p.mapIndex();
                    checkCompatible(pc, proto, map);
                }
                case KEY_PTR -> memoryArgument(pc, s, reg, where, requireMap(pc, map, proto).keySize(), false, proto);
                case VALUE_PTR -> memoryArgument(pc, s, reg, where, requireMap(pc, map, proto).valueSize(), false, proto);
                case UNINIT_VALUE_PTR -> memoryArgument(pc, s, reg, where, requireMap(pc, map, proto).valueSize(), true, proto);
                case READABLE_MEM_PTR, READABLE_MEM_PTR_OR_NULL, WRITABLE_MEM_PTR -> {
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
            }
        }
        for (int r = 1; r <= 5; r++) s.set(r, Value.UNINIT);
        final int returnedMap = mapIndex;
        s.set(0, switch (proto.returns()) {
            case MAP_VALUE_OR_NULL -> {
                requireMap(pc, map, proto);
                yield new Value.Ptr(Region.MAP_VALUE, Scalar.constant(0), 0, returnedMap, s.freshId(), pc, 0, 0);
            }
            default -> Value.unknown();
        });
        return true;
    }

    private MapDescriptor requireMap(int pc, MapDescriptor map, HelperPrototype proto) {
        if (map == null) {
            throw new Rejection(pc, proto.name() + " has a key or value argument but no map argument before it");
        }
        return map;
    }

    private void checkCompatible(int pc, HelperPrototype proto, MapDescriptor map) {
        HelperFunction f = proto.function();
        MapType t = map.type();
        boolean ok;
        if (GENERIC_MAP.contains(f)) ok = KEYED.contains(t);
        else if (QUEUE_OPS.contains(f)) ok = t == MapType.QUEUE || t == MapType.STACK;
        else if (f == HelperFunction.RINGBUF_OUTPUT) ok = t == MapType.RINGBUF;
        else if (f == HelperFunction.TAIL_CALL) ok = t == MapType.PROG_ARRAY;
        else if (f == HelperFunction.PERF_EVENT_OUTPUT) ok = t == MapType.PERF_EVENT_ARRAY;
        else ok = true;
        if (!ok) {
            throw new Rejection(pc, "cannot pass map_type " + t.bpftoolName() + " (map " + map.name() + ") into func "
                    + proto.name());
        }
    }

    private void memoryArgument(int pc, State s, int reg, String where, long size, boolean write, HelperPrototype proto) {
        Value v = Transfer.read(pc, s, reg);
        Value.Ptr p = memoryPointer(pc, reg, v, where);
        check(pc, s, reg, p, size, size, null, write, where);
    }

    private void sizedMemory(int pc, State s, int reg, ArgumentKind kind, Scalar size, Value.PacketLink link, HelperPrototype proto) {
        String where = "argument " + reg + " (r" + reg + ") of " + proto.name();
        Value v = s.reg(reg);
        if (kind == ArgumentKind.READABLE_MEM_PTR_OR_NULL && v instanceof Value.Num n && n.scalar().isZero()) {
            return;
        }
        if (size.umax() == 0 && v instanceof Value.Num n && n.scalar().isZero()) {
            return;
        }
        Value.Ptr p = memoryPointer(pc, reg, v, where);
        check(pc, s, reg, p, size.umin(), size.umax(), link, kind == ArgumentKind.WRITABLE_MEM_PTR, where);
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
                memory.checkMapRange(pc, reg, p, 0, maxSize, m);
            }
            case PACKET -> memory.helperPacket(pc, s, reg, p, maxSize, link, write);
            default -> throw new Rejection(pc, where + " must point to stack, map value or packet memory; r" + reg + " is " + p);
        }
    }
}
