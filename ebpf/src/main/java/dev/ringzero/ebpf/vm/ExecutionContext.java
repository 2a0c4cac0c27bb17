package dev.ringzero.ebpf.vm;

/**
 * Everything a run can reach besides its registers: the sandboxed {@link Memory}, the helpers, the
 * program's maps, the trace sink and the attributes of the process the run is attributed to. Helpers
 * receive it to read memory, resolve map pointers, trace, request a tail call or end the program.
 *
 * <p>A context serves one run at a time; it may be reused for the next run.
 */
public final class ExecutionContext {

    private final Memory memory;
    private final HelperTable helpers;
    private final MapBindings maps;
    private final TraceSink trace;
    private final ProcessAttributes process;
    private final long budget;
    private final long[] valueAddresses;
    /** Regions mapped before the first run (stack, context, data, global data): kept across runs. */
    private final int baseRegions;

    private int tailCalls;
    private ProgramEngine pendingTailCall;
    private boolean stopRequested;

    private ExecutionContext(Builder b) {
        this.memory = b.memory;
        this.helpers = b.helpers;
        this.maps = b.maps;
        this.trace = b.trace;
        this.process = b.process;
        this.budget = b.budget;
        this.valueAddresses = new long[maps.size()];
        for (int i = 0; i < maps.size(); i++) {
            MapBindings.ValueRegion value = maps.valueRegion(i);
            if (value != null) {
                valueAddresses[i] = memory.map(value.segment(), value.access(), RegionKind.GLOBAL_DATA);
            }
        }
        this.baseRegions = memory.regionCount();
    }

    public static Builder builder(Memory memory) { return new Builder(memory); }

    /** A context with no helpers, no maps and the default budget. */
    public static ExecutionContext of(Memory memory) { return builder(memory).build(); }

    public Memory memory() { return memory; }

    public HelperTable helpers() { return helpers; }

    public MapBindings maps() { return maps; }

    public ProcessAttributes process() { return process; }

    /** Maximum number of instructions a run may execute, tail calls included. */
    public long budget() { return budget; }

    /** Emits one line of trace output ({@code bpf_trace_printk}). */
    public void trace(String line) { trace.trace(line); }

    /** The map a map pointer (the value of {@code lddw MAP_FD}) stands for. */
    public Object mapAt(long mapPointer) {
        int index = maps.indexOf(mapPointer);
        if (index < 0) {
            throw new ProgramFault(-1, FaultKind.UNKNOWN_MAP,
                    String.format("0x%x is not a map pointer of this program", mapPointer));
        }
        return maps.map(index);
    }

    /** The map a map pointer stands for, which must be a {@code type}. */
    public <T> T mapAt(long mapPointer, Class<T> type) {
        Object map = mapAt(mapPointer);
        if (!type.isInstance(map)) {
            throw new ProgramFault(-1, FaultKind.UNKNOWN_MAP, "map " + maps.indexOf(mapPointer) + " is a "
                    + map.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(map);
    }

    /**
     * Asks for a tail call: when the calling helper returns, the current program is replaced by
     * {@code target} (interpreted or compiled), started with the run's original r1. Returns false (and nothing happens) once
     * {@link Interpreter#MAX_TAIL_CALLS} tail calls were made in this run, as Linux's
     * {@code bpf_tail_call} fails then.
     */
    public boolean tailCall(ProgramEngine target) {
        if (tailCalls >= Interpreter.MAX_TAIL_CALLS) {
            return false;
        }
        tailCalls++;
        pendingTailCall = target;
        return true;
    }

    /** Ends the program when the calling helper returns, with r0 = the helper's result. */
    public void stopProgram() { stopRequested = true; }

    /** Number of tail calls made so far in the current run. */
    public int tailCalls() { return tailCalls; }

    // ---- used by the engines (the interpreter and the JIT's compiled programs), not by helpers

    /** The address of map {@code index}'s value plus {@code offset} ({@code lddw MAP_VALUE}); faults carry {@code pc}. */
    public long mapValueAddress(int index, int offset, int pc) {
        if (index < 0 || index >= valueAddresses.length || valueAddresses[index] == 0) {
            throw new ProgramFault(pc, FaultKind.UNKNOWN_MAP, "map " + index + " has no directly addressable value");
        }
        return valueAddresses[index] + offset;
    }

    /** The pointer standing for map {@code index} ({@code lddw MAP_FD}); faults carry {@code pc}. */
    public long mapPointer(int index, int pc) {
        if (index < 0 || index >= maps.size()) {
            throw new ProgramFault(pc, FaultKind.UNKNOWN_MAP, "no map " + index + " (the program has " + maps.size() + ")");
        }
        return MapBindings.pointerOf(index);
    }

    /**
     * Regions helpers may leave mapped across runs (map values, so that repeated lookups of the same
     * value find their region again) before they are released; bounds memory reused for many runs.
     */
    static final int MAX_RETAINED_REGIONS = 256;

    /**
     * Resets the per-run state at the start of a run: the tail-call count, pending requests, and, once
     * there are more than {@link #MAX_RETAINED_REGIONS}, the regions helpers mapped in earlier runs.
     */
    public void startRun() {
        if (memory.regionCount() - baseRegions > MAX_RETAINED_REGIONS) {
            memory.releaseRegionsAbove(baseRegions);
        }
        tailCalls = 0;
        pendingTailCall = null;
        stopRequested = false;
    }

    /** The tail call a helper asked for, or null; clears the request. */
    public ProgramEngine takeTailCall() {
        ProgramEngine target = pendingTailCall;
        pendingTailCall = null;
        return target;
    }

    /** True when a helper asked to end the program; clears the request. */
    public boolean takeStopRequest() {
        boolean stop = stopRequested;
        stopRequested = false;
        return stop;
    }

    /** Configures an {@link ExecutionContext}. */
    public static final class Builder {
        private final Memory memory;
        private HelperTable helpers = HelperTable.empty();
        private MapBindings maps = MapBindings.none();
        private TraceSink trace = TraceSink.DISCARD;
        private ProcessAttributes process = ProcessAttributes.NONE;
        private long budget = Interpreter.DEFAULT_BUDGET;

        private Builder(Memory memory) {
            if (memory == null) {
                throw new IllegalArgumentException("memory must not be null");
            }
            this.memory = memory;
        }

        public Builder helpers(HelperTable helpers) { this.helpers = helpers; return this; }

        public Builder maps(MapBindings maps) { this.maps = maps; return this; }

        public Builder trace(TraceSink trace) { this.trace = trace; return this; }

        public Builder process(ProcessAttributes process) { this.process = process; return this; }

        public Builder budget(long budget) {
            if (budget <= 0) {
                throw new IllegalArgumentException("the instruction budget must be positive, not " + budget);
            }
            this.budget = budget;
            return this;
        }

        public ExecutionContext build() { return new ExecutionContext(this); }
    }
}
