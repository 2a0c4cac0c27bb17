package dev.ringzero.bench;

import dev.ringzero.ebpf.program.Engine;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.ConformanceAssembler;
import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.ProgramEngine;
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
 * A pure-register loop assembled in code: 1000 rounds of 9 ALU instructions and a compare-and-branch
 * (10,003 instructions per run), 64- and 32-bit operations mixed, no memory access, no helper.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PureAluBenchmark {

    static final String PROGRAM = """
            mov %r0, %r1
            mov %r1, 0
            mov %r2, %r0
            lsh %r2, 7
            xor %r0, %r2
            add %r0, %r1
            mov %r2, %r0
            rsh %r2, 3
            xor %r0, %r2
            mul32 %r0, 0x9e3779b1
            add %r1, 1
            jlt %r1, 1000, -10
            exit""";

    @Param({"INTERPRETER", "JIT"})
    public Engine engine;

    private ProgramEngine program;
    private ExecutionContext ctx;
    private long seed = 42;

    @Setup
    public void setUp() {
        Code code = ConformanceAssembler.assemble(PROGRAM);
        program = engine.prepare(code);
        ctx = ExecutionContext.of(new Memory());
    }

    @Benchmark
    public long pureAluLoop() {
        return program.run(ctx, seed).r0();
    }
}
