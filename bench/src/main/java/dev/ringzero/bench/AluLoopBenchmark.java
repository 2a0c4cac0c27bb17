package dev.ringzero.bench;

import dev.ringzero.ebpf.program.Engine;

import dev.ringzero.ebpf.elf.Program;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.vm.Access;
import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.PointerField;
import dev.ringzero.ebpf.vm.ProgramEngine;
import dev.ringzero.ebpf.vm.RegionKind;
import java.lang.foreign.MemorySegment;
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
 * {@code bench/bpf/alu_loop.o} (1000 rounds of shift/xor/add, ~11,000 instructions per run) as a Linux
 * xdp program on a 64-byte packet: the same object and input as {@code bench/kernel-reference.sh} gives
 * the kernel's JIT.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AluLoopBenchmark {

    @Param({"INTERPRETER", "JIT"})
    public Engine engine;

    private ProgramEngine program;
    private ExecutionContext ctx;
    private long xdpMd;

    @Setup
    public void setUp() {
        Program entry = BenchObjects.load("bpf/alu_loop.o").program("alu_loop")
                .orElseThrow(() -> new IllegalStateException("alu_loop.o has no program alu_loop"));
        program = engine.prepare(Code.decode(entry.code()));
        Memory memory = new Memory();
        long data = memory.map(MemorySegment.ofArray(new byte[64]), Access.READ_WRITE, RegionKind.PACKET);
        // struct xdp_md { u32 data; u32 data_end; u32 data_meta; u32 ingress_ifindex; u32 rx_queue_index; u32 egress_ifindex; }
        xdpMd = memory.mapContext(MemorySegment.ofArray(new byte[24]), Access.READ,
                List.of(PointerField.of(0, 4, data), PointerField.of(4, 4, data + 64)));
        ctx = ExecutionContext.of(memory);
        long r0 = program.run(ctx, xdpMd).r0();
        if (r0 != 1 && r0 != 2) {
            throw new IllegalStateException("alu_loop returned " + r0 + ", not XDP_DROP or XDP_PASS");
        }
    }

    @Benchmark
    public long aluLoop() {
        return program.run(ctx, xdpMd).r0();
    }
}
