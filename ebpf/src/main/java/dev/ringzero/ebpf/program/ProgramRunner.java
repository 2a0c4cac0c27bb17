package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.helpers.StandardHelpers;
import dev.ringzero.ebpf.platform.ProgramType;
import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.HelperTable;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.ProcessAttributes;
import dev.ringzero.ebpf.vm.RunResult;
import dev.ringzero.ebpf.vm.ProgramEngine;
import dev.ringzero.ebpf.maps.BpfProgramArray;
import dev.ringzero.ebpf.verifier.Verdict;
import java.util.ArrayList;
import java.util.List;
import dev.ringzero.ebpf.verifier.VerifierOptions;
import dev.ringzero.ebpf.vm.TraceSink;
import java.lang.foreign.ValueLayout;

/**
 * Runs one linked program — once the verifier has accepted it — on the calling thread, with the helpers of its platform and the maps of its
 * object. Each {@link #run} gets fresh memory (stack, context, data); {@link #repeat} builds the context
 * once and runs the program on it {@code n} times, as {@code bpftool prog run … repeat N} does.
 */
public final class ProgramRunner {

    private final LoadedObject object;
    private final LoadedProgram program;
    private final ProgramEngine engine;
    private final Memory memory = new Memory();
    private final ProgramType type;
    private final HelperTable helpers;
    private final TraceSink trace;

    public ProgramRunner(LoadedObject object, LoadedProgram program, TraceSink trace) {
        this(object, program, Engine.INTERPRETER, Verification.REQUIRED, trace);
    }

    /**
     * A runner for {@code program}, which is verified first (for its platform, privileged) unless
     * {@code verification} says otherwise.
     *
     * @throws ProgramRejectedException if the verifier does not accept the program
     */
    public ProgramRunner(LoadedObject object, LoadedProgram program, Engine engine, Verification verification,
                         TraceSink trace) {
        if (verification == Verification.REQUIRED) {
            for (LoadedProgram reachable : reachable(object, program)) {
                Verdict verdict = ProgramVerification.verify(object, reachable, VerifierOptions.defaults());
                if (!verdict.passed()) {
                    throw new ProgramRejectedException(reachable.name(), verdict);
                }
            }
        }
        this.object = object;
        this.program = program;
        this.engine = program.engine(engine);
        this.type = program.requireType();
        this.helpers = StandardHelpers.forPlatform(object.platform());
        this.trace = trace;
    }

    /**
     * The result of {@link #repeat}: the last run's r0, the average time of one run, the instructions of
     * the last run, and the data (packet) as the last run left it.
     */
    public record Timing(long retval, long averageNanos, long instructions, byte[] dataOut) {}

    /**
     * One run on a fresh context. The runner's memory is reused from run to run (what the previous run
     * mapped is unmapped first), so a runner serves one thread at a time.
     */
    public RunResult run(ContextInput input, ProcessAttributes process) {
        memory.releaseRegionsAbove(Memory.STACK_REGIONS);
        long context = ContextBuilder.build(memory, type.context(), input).address();
        return engine.run(executionContext(memory, process), context);
    }

    public Timing repeat(ContextInput input, ProcessAttributes process, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("repeat count must be at least 1, not " + n);
        }
        Memory memory = new Memory();
        ContextBuilder.Built built = ContextBuilder.build(memory, type.context(), input);
        long context = built.address();
        ExecutionContext execution = executionContext(memory, process);
        RunResult last = null;
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            last = engine.run(execution, context);
        }
        long elapsed = System.nanoTime() - started;
        return new Timing(last.r0(), elapsed / n, last.instructions(), built.data().toArray(ValueLayout.JAVA_BYTE));
    }

    public LoadedProgram program() { return program; }

    /** The program and every program it may tail-call: those the object's program arrays hold. */
    static List<LoadedProgram> reachable(LoadedObject object, LoadedProgram program) {
        List<LoadedProgram> reachable = new ArrayList<>(List.of(program));
        for (LoadedMap map : object.maps()) {
            if (map.map() instanceof BpfProgramArray array) {
                for (int slot = 0; slot < array.maxEntries(); slot++) {
                    Object target = array.program(slot);
                    object.programs().stream()
                            .filter(p -> p.interpreter() == target && !reachable.contains(p))
                            .forEach(reachable::add);
                }
            }
        }
        return reachable;
    }

    private ExecutionContext executionContext(Memory memory, ProcessAttributes process) {
        return ExecutionContext.builder(memory).helpers(helpers).maps(object.bindings()).trace(trace).process(process)
                .build();
    }
}
