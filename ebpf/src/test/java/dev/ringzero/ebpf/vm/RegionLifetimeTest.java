package dev.ringzero.ebpf.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.isa.LlvmAssembler;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** Regions helpers map during runs (map values) do not pile up in memory reused for many runs. */
class RegionLifetimeTest {

    @Test
    void regionsMappedByHelpersAreReleasedSoMemoryStaysBoundedOverManyRuns() {
        Memory memory = new Memory();
        Helper freshValue = (ctx, a1, a2, a3, a4, a5) ->
                ctx.memory().map(MemorySegment.ofArray(new long[1]), Access.READ_WRITE, RegionKind.MAP_VALUE);
        ExecutionContext ctx = ExecutionContext.builder(memory).helpers(HelperTable.empty().with(1, freshValue)).build();
        Interpreter program = new Interpreter(LlvmAssembler.assemble("""
                call 1
                *(u64 *)(r0 + 0) = 7
                r0 = *(u64 *)(r0 + 0)
                exit
                """));
        int base = memory.regionCount();

        for (int run = 0; run < 5_000; run++) {
            assertThat(program.run(ctx, 0).r0()).isEqualTo(7);
        }

        assertThat(memory.regionCount() - base).isLessThanOrEqualTo(ExecutionContext.MAX_RETAINED_REGIONS + 1);
    }

    @Test
    void aReleasedRegionCanNoLongerBeReached() {
        Memory memory = new Memory();
        int base = memory.regionCount();
        long address = memory.map(MemorySegment.ofArray(new long[1]), Access.READ_WRITE, RegionKind.MAP_VALUE);

        memory.releaseRegionsAbove(base);

        assertThat(memory.isAccessible(address, 8, Access.READ)).isFalse();
    }
}
