package dev.ringzero.bench;

import dev.ringzero.ebpf.program.Engine;

import dev.ringzero.ebpf.program.ContextInput;
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
 * {@code bench/bpf/map_count.o}: the TraceConnections pattern (hash map lookup, then in-place increment
 * or insert) as a Linux xdp program on a 64-byte packet, the input {@code bench/kernel-reference.sh}
 * gives the kernel. After the first run every run is a lookup hit and an increment.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MapCountBenchmark {

    @Param({"INTERPRETER", "JIT"})
    public Engine engine;

    private LinkedRun run;

    @Setup
    public void setUp() {
        run = new LinkedRun("bpf/map_count.o", "map_count", ContextInput.ofData(new byte[64]), engine);
        run.run();
    }

    @Benchmark
    public long mapCount() {
        return run.run();
    }
}
