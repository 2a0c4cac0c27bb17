package dev.ringzero.bench;

import dev.ringzero.ebpf.program.Engine;

import dev.ringzero.ebpf.program.ContextInput;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * The article's program, {@code examples/trace_connections.o} (eBPF for Windows bind hook): a bind of
 * {@code python.exe} by one process, again and again, so each run looks the process up in the hash
 * map, copies its app id and updates its entry.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TraceConnectionsBenchmark {

    /** {@code BIND_OPERATION_BIND} of {@code ebpf_nethooks.h}. */
    private static final int BIND_OPERATION_BIND = 0;

    @Param({"INTERPRETER", "JIT"})
    public Engine engine;

    private LinkedRun run;

    @Setup
    public void setUp() {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("process_id", ContextInput.littleEndian(4242, 8));
        fields.put("operation", ContextInput.littleEndian(BIND_OPERATION_BIND, 4));
        fields.put("protocol", new byte[] {6});
        ContextInput bind = new ContextInput("python.exe".getBytes(StandardCharsets.UTF_8), fields);
        run = new LinkedRun("examples/trace_connections.o", "TraceConnections", bind, engine);
        run.run();
    }

    @Benchmark
    public long traceConnections() {
        return run.run();
    }
}
