package dev.ringzero.bench;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.LlvmAssembler;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.platform.ProgramType;
import dev.ringzero.ebpf.program.LoadedObject;
import dev.ringzero.ebpf.program.LoadedProgram;
import dev.ringzero.ebpf.program.ObjectLinker;
import dev.ringzero.ebpf.program.ProgramVerification;
import dev.ringzero.ebpf.verifier.Verdict;
import dev.ringzero.ebpf.verifier.Verifier;
import dev.ringzero.ebpf.verifier.VerifierInput;
import dev.ringzero.ebpf.verifier.VerifierOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Verification time: the example objects (the article's program, the loop of block_bind, a Linux tc
 * program, a TCP header parser), and loop-free straight-line programs of growing size (each block a
 * computation, a compare and a store whose paths meet again in the same state) to show how time
 * grows with program size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerifierBenchmark {

    @Param({"examples/trace_connections.o", "examples/block_bind.o", "examples/linux/tc_mark_by_port.o",
            "examples/verifier/parse_tcp.o", "straight-1000", "straight-4000", "straight-16000"})
    public String program;

    private VerifierInput input;

    @Setup
    public void setUp() {
        if (program.startsWith("straight-")) {
            int blocks = Integer.parseInt(program.substring("straight-".length())) / 4;
            ProgramType xdp = ProgramType.named(Platform.LINUX, "xdp").orElseThrow();
            input = new VerifierInput(straightLine(blocks), xdp, List.of(), VerifierOptions.defaults());
        } else {
            LoadedObject object = ObjectLinker.link(BenchObjects.load(program));
            LoadedProgram first = object.programs().getFirst();
            input = ProgramVerification.input(object, first, VerifierOptions.defaults());
        }
        Verdict verdict = Verifier.verify(input);
        if (!verdict.passed()) {
            throw new IllegalStateException(program + " does not verify: " + verdict.message());
        }
    }

    /** {@code blocks} times: r2 = r1 + i; if r2 > 1000, skip a store to r3 — 4 instructions a block, no loop. */
    static Code straightLine(int blocks) {
        StringBuilder s = new StringBuilder("r1 = *(u32 *)(r1 + 0)\nr0 = 0\n");
        for (int i = 0; i < blocks; i++) {
            s.append("r2 = r1\nr2 += ").append(i % 1000).append("\nif r2 > 1000 goto +1\nr3 = 7\n");
        }
        s.append("r0 = 2\nexit\n");
        return LlvmAssembler.assemble(s.toString());
    }

    @Benchmark
    public Verdict verify() {
        return Verifier.verify(input);
    }
}
