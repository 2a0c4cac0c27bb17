package dev.ringzero.ebpf.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.ebpf.isa.AtomicOp;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sandbox: every way out of it faults, every way within it works. */
class MemoryTest {

    private final Memory memory = new Memory();

    private static MemorySegment bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return MemorySegment.ofArray(b);
    }

    @Test
    void aStoreIsReadBackLittleEndian() {
        long fp = memory.framePointer(0);
        memory.store(fp - 8, 8, 0x1122_3344_5566_7788L, 0);

        assertThat(memory.load(fp - 8, 4, 0)).isEqualTo(0x5566_7788L);
        assertThat(memory.load(fp - 8, 1, 0)).isEqualTo(0x88);
        assertThat(memory.read(fp - 8, 2)).containsExactly(0x88, 0x77);
    }

    @Test
    void writingBelowThe512ByteFrameFaults() {
        long fp = memory.framePointer(0);

        assertThatThrownBy(() -> memory.store(fp - 516, 4, 1, 7))
                .isInstanceOf(ProgramFault.class)
                .hasMessage("at instruction 7: write of 4 bytes at stack-516 is outside the 512-byte stack frame")
                .extracting(f -> ((ProgramFault) f).kind()).isEqualTo(FaultKind.MEMORY_ACCESS);
    }

    @Test
    void anAccessStraddlingTheFrameBottomFaults() {
        long fp = memory.framePointer(0);

        assertThatThrownBy(() -> memory.load(fp - 513, 2, 0)).isInstanceOf(ProgramFault.class);
        assertThat(memory.load(fp - 512, 8, 0)).isZero();
    }

    @Test
    void readingAboveTheFrameTopFaults() {
        long fp = memory.framePointer(0);

        assertThatThrownBy(() -> memory.load(fp, 1, 3))
                .hasMessage("at instruction 3: read of 1 byte at stack+0 is outside the 512-byte stack frame");
    }

    @Test
    void aCalleeCanReachItsCallersFrameButNotBelowItsOwn() {
        memory.enterFrame(1);
        long callerSlot = memory.framePointer(0) - 8;
        long callee = memory.framePointer(1);

        memory.store(callerSlot, 8, 42, 0);
        assertThat(memory.load(callerSlot, 8, 0)).isEqualTo(42);
        assertThatThrownBy(() -> memory.load(callee - 520, 8, 0)).isInstanceOf(ProgramFault.class);
    }

    @Test
    void aReturnedCallsFrameIsNoLongerAccessible() {
        memory.enterFrame(1);
        long callee = memory.framePointer(1) - 8;
        memory.store(callee, 8, 1, 0);
        memory.enterFrame(0);

        assertThatThrownBy(() -> memory.load(callee, 8, 0)).isInstanceOf(ProgramFault.class);
    }

    @Test
    void readingPastThePacketFaults() {
        long packet = memory.map(bytes(1, 2, 3, 4), Access.READ, RegionKind.PACKET);

        assertThat(memory.load(packet + 2, 2, 0)).isEqualTo(0x0403);
        assertThatThrownBy(() -> memory.load(packet + 3, 2, 9))
                .hasMessage("at instruction 9: read of 2 bytes at packet+3 is outside the 4-byte packet");
    }

    @Test
    void readingBeforeTheContextFaults() {
        long ctx = memory.mapContext(bytes(0, 0, 0, 0), Access.READ, List.of());

        assertThatThrownBy(() -> memory.load(ctx - 1, 1, 0))
                .hasMessageContaining("read of 1 byte at context-1 is outside the 4-byte context");
    }

    @Test
    void writingAReadOnlyRegionFaults() {
        long ctx = memory.mapContext(bytes(0, 0, 0, 0), Access.READ, List.of());

        assertThatThrownBy(() -> memory.store(ctx, 4, 1, 2))
                .hasMessage("at instruction 2: write of 4 bytes at context+0: the context is read-only");
    }

    @Test
    void readingAWriteOnlyRegionFaults() {
        long out = memory.map(bytes(0, 0), Access.WRITE, RegionKind.HELPER_MEMORY);

        memory.store(out, 2, 7, 0);
        assertThatThrownBy(() -> memory.load(out, 2, 0)).hasMessageContaining("is write-only");
    }

    @Test
    void dereferencingNullFaults() {
        assertThatThrownBy(() -> memory.load(0, 8, 4))
                .hasMessage("at instruction 4: read of 8 bytes from NULL")
                .extracting(f -> ((ProgramFault) f).kind()).isEqualTo(FaultKind.NULL_DEREFERENCE);
        assertThatThrownBy(() -> memory.store(16, 4, 0, 4)).hasMessageContaining("write of 4 bytes from NULL (address 0x10)");
    }

    @Test
    void aPointerForgedFromAnIntegerFaults() {
        assertThatThrownBy(() -> memory.load(0x7f12_3456_0000L, 4, 0))
                .hasMessageContaining("which is in no memory region");
        assertThatThrownBy(() -> memory.load(-8, 8, 0)).hasMessageContaining("which is in no memory region");
    }

    @Test
    void aMisalignedAccessWithinBoundsIsAllowed() {
        long buffer = memory.map(MemorySegment.ofArray(new byte[16]), Access.READ_WRITE, RegionKind.HELPER_MEMORY);

        memory.store(buffer + 3, 8, -2, 0);

        assertThat(memory.load(buffer + 3, 8, 0)).isEqualTo(-2);
        assertThat(memory.load(buffer + 7, 4, 0)).isEqualTo(0xffff_ffffL);
    }

    @Test
    void the32BitPointerFieldOfALinuxContextReadsAsAFullAddress() {
        long packet = memory.map(bytes(9, 9, 9), Access.READ, RegionKind.PACKET);
        long ctx = memory.mapContext(MemorySegment.ofArray(new byte[24]), Access.READ, List.of(
                PointerField.of(0, 4, packet), PointerField.of(4, 4, packet + 3)));

        assertThat(memory.load(ctx, 4, 0)).isEqualTo(packet);
        assertThat(memory.load(ctx + 4, 4, 0)).isEqualTo(packet + 3);
        assertThat(memory.load(ctx + 8, 4, 0)).isZero();
    }

    @Test
    void the64BitPointerFieldOfAWindowsContextReadsAsItsAddress() {
        long appId = memory.map(bytes('a', 'p', 'p'), Access.READ, RegionKind.HELPER_MEMORY);
        long ctx = memory.mapContext(MemorySegment.ofArray(new byte[32]), Access.READ, List.of(
                PointerField.of(16, 8, appId), PointerField.of(24, 8, appId + 3)));

        assertThat(memory.load(ctx + 16, 8, 0)).isEqualTo(appId);
        assertThat(memory.load(memory.load(ctx + 16, 8, 0), 1, 0)).isEqualTo('a');
    }

    @Test
    void aPartialReadOfAPointerFieldFaults() {
        long ctx = memory.mapContext(MemorySegment.ofArray(new byte[16]), Access.READ, List.of(PointerField.of(8, 8, 1L << 32)));

        assertThatThrownBy(() -> memory.load(ctx + 8, 4, 0))
                .hasMessageContaining("splits the 8-byte pointer field at context+8");
        assertThatThrownBy(() -> memory.load(ctx + 4, 8, 0)).hasMessageContaining("splits");
    }

    @Test
    void aStoreToAPointerFieldFaults() {
        long ctx = memory.mapContext(MemorySegment.ofArray(new byte[16]), Access.READ_WRITE,
                List.of(PointerField.of(0, 4, 1L << 32)));

        assertThatThrownBy(() -> memory.store(ctx + 2, 1, 0, 0)).hasMessageContaining("overwrites the pointer field");
        memory.store(ctx + 4, 4, 5, 0);
    }

    @Test
    void mappingTheSameMapValueAgainReturnsTheSameAddress() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment table = arena.allocate(64);
            long first = memory.map(table.asSlice(16, 8), Access.READ_WRITE, RegionKind.MAP_VALUE);
            int regions = memory.regionCount();

            long again = memory.map(table.asSlice(16, 8), Access.READ_WRITE, RegionKind.MAP_VALUE);

            assertThat(again).isEqualTo(first);
            assertThat(memory.regionCount()).isEqualTo(regions);
            assertThat(memory.map(table.asSlice(24, 8), Access.READ_WRITE, RegionKind.MAP_VALUE)).isNotEqualTo(first);
        }
    }

    @Test
    void heapArraysAreTellApartByIdentity() {
        long a = memory.map(MemorySegment.ofArray(new byte[8]), Access.READ, RegionKind.MAP_VALUE);
        long b = memory.map(MemorySegment.ofArray(new byte[8]), Access.READ, RegionKind.MAP_VALUE);

        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aReadOnlySegmentCannotBeMappedWritable() {
        assertThatThrownBy(() -> memory.map(bytes(1).asReadOnly(), Access.READ_WRITE, RegionKind.MAP_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read-only segment");
    }

    @Test
    void aHelperSliceIsCheckedLikeAProgramAccess() {
        long packet = memory.map(bytes(1, 2, 3, 4), Access.READ, RegionKind.PACKET);

        assertThat(memory.slice(packet + 1, 2, Access.READ).byteSize()).isEqualTo(2);
        assertThat(memory.slice(packet, 4, Access.READ).isReadOnly()).isTrue();
        assertThatThrownBy(() -> memory.slice(packet + 1, 4, Access.READ)).isInstanceOf(ProgramFault.class);
        assertThatThrownBy(() -> memory.slice(packet, 4, Access.WRITE)).hasMessageContaining("read-only");
        assertThatThrownBy(() -> memory.write(packet, new byte[] {0})).isInstanceOf(ProgramFault.class);
    }

    @Test
    void writeCopiesBytesIntoTheSandbox() {
        long fp = memory.framePointer(0);

        memory.write(fp - 4, new byte[] {1, 0, 0, 0});

        assertThat(memory.load(fp - 4, 4, 0)).isEqualTo(1);
    }

    @Test
    void atomicsReturnTheOldValueAndStoreTheNewOne() {
        long fp = memory.framePointer(0);
        memory.store(fp - 8, 8, 10, 0);

        assertThat(memory.atomic(AtomicOp.FETCH_ADD, fp - 8, 8, 5, 0, 0)).isEqualTo(10);
        assertThat(memory.load(fp - 8, 8, 0)).isEqualTo(15);
    }

    @Test
    void cmpxchgStoresOnlyWhenTheComparandMatches() {
        long fp = memory.framePointer(0);
        memory.store(fp - 4, 4, 7, 0);

        assertThat(memory.atomic(AtomicOp.CMPXCHG, fp - 4, 4, 9, 8, 0)).isEqualTo(7);
        assertThat(memory.load(fp - 4, 4, 0)).isEqualTo(7);
        assertThat(memory.atomic(AtomicOp.CMPXCHG, fp - 4, 4, 9, 0xffff_ffff_0000_0007L, 0)).isEqualTo(7);
        assertThat(memory.load(fp - 4, 4, 0)).isEqualTo(9);
    }

    @Test
    void anAtomicOnAReadOnlyRegionFaults() {
        long ctx = memory.mapContext(bytes(0, 0, 0, 0), Access.READ, List.of());

        assertThatThrownBy(() -> memory.atomic(AtomicOp.ADD, ctx, 4, 1, 0, 3)).hasMessageContaining("read-only");
    }
}
