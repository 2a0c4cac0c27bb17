package dev.ringzero.ebpf.helpers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.ebpf.isa.LlvmAssembler;
import dev.ringzero.ebpf.maps.BpfMap;
import dev.ringzero.ebpf.maps.BpfMaps;
import dev.ringzero.ebpf.maps.MapSpec;
import dev.ringzero.ebpf.maps.MapType;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.vm.ExecutionContext;
import dev.ringzero.ebpf.vm.Interpreter;
import dev.ringzero.ebpf.vm.MapBindings;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.ProcessAttributes;
import dev.ringzero.ebpf.vm.ProgramFault;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The helpers, called from real programs through each platform's numbering. */
class StandardHelpersTest {

    private final List<String> trace = new ArrayList<>();

    private long run(Platform platform, List<BpfMap> maps, String assembly) {
        ExecutionContext ctx = ExecutionContext.builder(new Memory())
                .helpers(StandardHelpers.forPlatform(platform))
                .maps(MapBindings.of(maps))
                .trace(trace::add)
                .process(new ProcessAttributes(4242, 4200, "nginx"))
                .build();
        return new Interpreter(LlvmAssembler.assemble(assembly)).run(ctx, 0).r0();
    }

    @Test
    void lookupReturnsAPointerIntoTheLiveValueSoAnIncrementLandsInTheMap() {
        BpfMap counts = BpfMaps.create(MapSpec.of("counts", MapType.HASH, 4, 8, 16));
        counts.update(le(7, 4), le(41, 8), 0);

        long r0 = run(Platform.LINUX, List.of(counts), """
                *(u32 *)(r10 - 4) = 7
                r2 = r10
                r2 += -4
                ld_pseudo r1, 1, 0
                call 1
                if r0 == 0 goto +3
                r1 = 1
                lock *(u64 *)(r0 + 0) += r1
                r0 = 1
                exit
                """);

        assertThat(r0).isEqualTo(1);
        assertThat(counts.lookup(le(7, 4))).hasValueSatisfying(v -> assertThat(v).isEqualTo(le(42, 8)));
    }

    @Test
    void updateWithNoexistOnAnExistingKeyReturnsMinusEexist() {
        BpfMap counts = BpfMaps.create(MapSpec.of("counts", MapType.HASH, 4, 8, 16));
        counts.update(le(1, 4), le(5, 8), 0);

        long r0 = run(Platform.WINDOWS, List.of(counts), """
                *(u32 *)(r10 - 4) = 1
                *(u64 *)(r10 - 16) = 9
                r2 = r10
                r2 += -4
                r3 = r10
                r3 += -16
                r4 = 1
                ld_pseudo r1, 1, 0
                call 2
                exit
                """);

        assertThat(r0).isEqualTo(-17);
        assertThat(counts.lookup(le(1, 4))).hasValueSatisfying(v -> assertThat(v).isEqualTo(le(5, 8)));
    }

    @Test
    void memcpySCopiesWhenTheSourceFitsAndZeroesTheDestinationWithEinvalWhenNot() {
        long fits = run(Platform.WINDOWS, List.of(), """
                *(u64 *)(r10 - 8) = 0x1122
                *(u64 *)(r10 - 16) = 0
                r1 = r10
                r1 += -16
                r2 = 8
                r3 = r10
                r3 += -8
                r4 = 2
                call 22
                r0 = *(u64 *)(r10 - 16)
                exit
                """);
        long tooBig = run(Platform.WINDOWS, List.of(), """
                *(u64 *)(r10 - 8) = -1
                *(u64 *)(r10 - 16) = -1
                r1 = r10
                r1 += -16
                r2 = 4
                r3 = r10
                r3 += -8
                r4 = 8
                call 22
                r1 = *(u32 *)(r10 - 16)
                r0 += r1
                exit
                """);

        assertThat(fits).isEqualTo(0x1122);
        assertThat(tooBig).as("-EINVAL plus the zeroed destination").isEqualTo(-22);
    }

    @Test
    void aHelperCannotBeTrickedIntoWritingPastTheStack() {
        assertThatThrownBy(() -> run(Platform.WINDOWS, List.of(), """
                r1 = r10
                r1 += -8
                r2 = 64
                r3 = r10
                r3 += -8
                r4 = 8
                call 22
                exit
                """)).isInstanceOf(ProgramFault.class).hasMessageContaining("stack");
    }

    @Test
    void tracePrintkFormatsItsArgumentsIntoTheTraceStream() {
        run(Platform.LINUX, List.of(), """
                r1 = 2675248289278093680 ll
                *(u64 *)(r10 - 16) = r1
                r1 = 117
                *(u64 *)(r10 - 8) = r1
                r1 = r10
                r1 += -16
                r2 = 10
                r3 = 7
                r4 = -1
                call 6
                exit
                """);

        assertThat(trace).containsExactly("pid 7 4294967295");
    }

    @Test
    void pidTgidAndCommComeFromTheProcessTheRunIsAttributedTo() {
        long pidTgid = run(Platform.LINUX, List.of(), "call 14\nexit\n");
        long commFirstBytes = run(Platform.LINUX, List.of(), """
                r1 = r10
                r1 += -16
                r2 = 16
                call 16
                r0 = *(u64 *)(r10 - 16)
                exit
                """);

        assertThat(pidTgid).isEqualTo(4200L << 32 | 4242);
        assertThat(commFirstBytes).isEqualTo(ByteBuffer.wrap("nginx\0\0\0".getBytes()).order(ByteOrder.LITTLE_ENDIAN).getLong());
    }

    @Test
    void queuePushAndPopThroughHelpersKeepFifoOrder() {
        BpfMap queue = BpfMaps.create(MapSpec.of("q", MapType.QUEUE, 0, 8, 4));

        long r0 = run(Platform.LINUX, List.of(queue), """
                *(u64 *)(r10 - 8) = 10
                r2 = r10
                r2 += -8
                r3 = 0
                ld_pseudo r1, 1, 0
                call 87
                *(u64 *)(r10 - 8) = 20
                r2 = r10
                r2 += -8
                r3 = 0
                ld_pseudo r1, 1, 0
                call 87
                r2 = r10
                r2 += -8
                ld_pseudo r1, 1, 0
                call 88
                r0 = *(u64 *)(r10 - 8)
                exit
                """);

        assertThat(r0).isEqualTo(10);
        assertThat(queue.size()).isEqualTo(1);
    }

    private static byte[] le(long value, int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }
}
