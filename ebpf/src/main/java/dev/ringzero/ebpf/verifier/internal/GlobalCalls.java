package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.maps.MapType;
import dev.ringzero.ebpf.verifier.GlobalFunction;
import dev.ringzero.ebpf.verifier.GlobalFunction.Parameter;
import dev.ringzero.ebpf.verifier.MapDescriptor;
import dev.ringzero.ebpf.verifier.VerifierInput;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calls to global functions, as Linux treats them: the call checks the arguments against the function's
 * BTF signature and returns an unknown number without descending into the body; each called function is
 * then verified once on its own, from a state its signature describes. A memory parameter's pointer is
 * modelled as a pointer into a value of a synthetic map of the parameter's size (appended after the
 * program's maps), so the ordinary bounds and NULL checks apply to it.
 */
final class GlobalCalls {
    private final VerifierInput input;
    private final int programMaps;
    private final Map<Integer, int[]> memoryMaps = new HashMap<>();
    private final Set<Integer> called = new HashSet<>();
    private final Deque<Integer> pending = new ArrayDeque<>();
    /** Whether a function, or one it calls, contains a helper call that may change packet data or a tail call. */
    private java.util.function.IntPredicate changesPacket = f -> false;

    private GlobalCalls(VerifierInput input, int programMaps) {
        this.input = input;
        this.programMaps = programMaps;
    }

    static GlobalCalls of(VerifierInput original, CallStack graph) {
        List<MapDescriptor> maps = new ArrayList<>(original.maps());
        Map<Integer, int[]> indices = new HashMap<>();
        for (var entry : original.globalFunctions().entrySet()) {
            GlobalFunction f = entry.getValue();
            int[] index = new int[f.parameters().size()];
            Arrays.fill(index, -1);
            for (int i = 0; i < index.length; i++) {
                if (f.parameters().get(i) instanceof Parameter.Memory m) {
                    index[i] = maps.size();
                    maps.add(MapDescriptor.of("arg#" + i + " of " + f.name() + "()", MapType.ARRAY, 4,
                            (int) Math.min(m.size(), Integer.MAX_VALUE), 1));
                }
            }
            indices.put(entry.getKey(), index);
        }
        var input = new VerifierInput(original.code(), original.programType(), maps, original.options(),
                original.globalFunctions());
        var calls = new GlobalCalls(input, original.maps().size());
        calls.memoryMaps.putAll(indices);
        if (!original.globalFunctions().isEmpty()) {
            var helpers = original.programType().platform().helpers();
            calls.changesPacket = function -> graph.reaches(function, pc ->
                    original.code().at(pc) instanceof dev.ringzero.ebpf.isa.Instruction.Call c
                            && c.kind() == dev.ringzero.ebpf.isa.CallKind.HELPER
                            && helpers.byId(c.imm()).map(h -> HelperCalls.changesPacketData(h.function())
                                    || h.function() == dev.ringzero.ebpf.platform.HelperFunction.TAIL_CALL).orElse(false));
        }
        return calls;
    }

    /** The input the analysis works on: the program's maps, then one per memory parameter. */
    VerifierInput input() { return input; }

    /** How many maps the program itself references ({@code lddw} may name only these). */
    int programMaps() { return programMaps; }

    boolean isGlobal(int pc) { return input.globalFunctions().containsKey(pc); }

    /** The next called global function not yet verified, or -1. */
    int nextToVerify() {
        Integer pc = pending.poll();
        return pc == null ? -1 : pc;
    }

    /**
     * {@code call target} of a global function: the arguments must match its signature (a memory argument
     * must be readable and writable for the parameter's size); r0 becomes an unknown number.
     */
    void call(int pc, State s, int target, MemoryAccess memory) {
        GlobalFunction f = input.globalFunctions().get(target);
        String refusal = "Caller passes invalid args into func '" + f.name() + "'";
        if (f.unsupported().isPresent()) {
            throw new Rejection(pc, f.unsupported().get() + "; " + refusal);
        }
        if (s.lock != null) {
            throw new Rejection(pc, "global function calls are not allowed while holding a lock, use static function instead"
                    + " (" + f.name() + "() is verified on its own, so it cannot know the lock is held)");
        }
        for (int i = 0; i < f.parameters().size(); i++) {
            int reg = i + 1;
            Value v = Transfer.read(pc, s, reg);
            switch (f.parameters().get(i)) {
                case Parameter.Number n -> {
                    if (!(v instanceof Value.Num)) {
                        throw new Rejection(pc, "R" + reg + " is not a scalar: " + f.name() + "() takes a number as arg#" + i
                                + ", r" + reg + " is " + v + "; " + refusal);
                    }
                }
                case Parameter.Context c -> {
                    if (!(v instanceof Value.Ptr p && p.region() == Region.CTX && p.off().isZero())) {
                        throw new Rejection(pc, "arg#" + i + " expects pointer to ctx: " + f.name() + "() takes the context, r"
                                + reg + " is " + v + "; " + refusal);
                    }
                }
                case Parameter.Memory m -> memoryArgument(pc, s, reg, i, v, m, f, memory, refusal);
            }
        }
        if (changesPacket.test(target)) {
            // the function (or one it calls, on any path) may move the packet: the caller's packet pointers are stale
            s.invalidatePacket(pc);
        }
        for (int r = 1; r <= 5; r++) s.set(r, Value.UNINIT);
        s.set(0, Value.unknown());
        if (called.add(target)) {
            pending.add(target);
        }
    }

    private void memoryArgument(int pc, State s, int reg, int arg, Value v, Parameter.Memory m, GlobalFunction f,
                                MemoryAccess memory, String refusal) {
        if (v instanceof Value.Num n && n.scalar().isZero()) {
            if (!m.nullable()) {
                throw new Rejection(pc, "arg#" + arg + " is expected to be non-NULL; " + refusal);
            }
            return;
        }
        if (!(v instanceof Value.Ptr p)) {
            throw new Rejection(pc, "R" + reg + " type=scalar expected=fp, pkt, pkt_meta, map_value, mem: " + f.name()
                    + "() takes a pointer to " + m.size() + " bytes as arg#" + arg + "; " + refusal);
        }
        if (p.maybeNull() && !m.nullable()) {
            throw new Rejection(pc, "arg#" + arg + " is expected to be non-NULL: r" + reg + " may be NULL"
                    + Transfer.originHint(p) + "; " + refusal);
        }
        Value.Ptr target = p.maybeNull() ? p.nonNull() : p;
        try {
            switch (target.region()) {
                case STACK -> {
                    memory.helperStack(pc, s, reg, target, m.size(), m.size(), false);
                    memory.helperStack(pc, s, reg, target, m.size(), m.size(), true);
                }
                case MAP_VALUE -> {
                    MapDescriptor map = input.maps().get(target.mapIndex());
                    memory.checkMapRange(pc, reg, target, 0, m.size(), map);
                    if (map.readOnly()) {
                        throw new Rejection(pc, "write into map forbidden: " + f.name() + "() may write its arg#" + arg
                                + ", and r" + reg + " points into read-only map " + map.name());
                    }
                }
                case PACKET -> memory.helperPacket(pc, s, reg, target, m.size(), null, true);
                case RINGBUF_MEM -> memory.checkReserved(pc, s, reg, target, 0, m.size());
                default -> throw new Rejection(pc, "R" + reg + " type=" + target.region().display()
                        + " expected=fp, pkt, pkt_meta, map_value, mem: " + f.name() + "() takes a pointer to memory as arg#" + arg);
            }
        } catch (Rejection r) {
            throw new Rejection(pc, r.getMessage() + "; " + refusal);
        }
    }

    /** The state a global function starts from: its parameters as its signature describes them. */
    State entryState(int function) {
        GlobalFunction f = input.globalFunctions().get(function);
        Frame frame = new Frame(-1, function, 0);
        frame.regs[10] = Value.Ptr.of(Region.STACK, 0);
        State s = new State(frame);
        int[] maps = memoryMaps.get(function);
        for (int i = 0; i < f.parameters().size(); i++) {
            int reg = i + 1;
            switch (f.parameters().get(i)) {
                case Parameter.Number n -> s.set(reg, Value.unknown());
                case Parameter.Context c -> s.set(reg, Value.Ptr.of(Region.CTX, 0));
                case Parameter.Memory m -> s.set(reg, new Value.Ptr(Region.MAP_VALUE, Scalar.constant(0), 0, maps[i],
                        m.nullable() ? s.freshId() : 0, -1, 0, 0));
            }
        }
        return s;
    }
}
