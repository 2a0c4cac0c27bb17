package dev.ringzero.ebpf.maps;

import static dev.ringzero.ebpf.maps.LittleEndian.segment;
import static dev.ringzero.ebpf.maps.LittleEndian.u32;
import static dev.ringzero.ebpf.maps.LittleEndian.u64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerCpuMapTest {
    private static final int CPUS = 3;

    private static byte[] perCpu(long... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long value : values) {
            buffer.putLong(value);
        }
        return buffer.array();
    }

    private static void addOn(int cpu, BpfMap map, int key, long amount) {
        CurrentCpu.runOn(cpu, () -> {
            MemorySegment value = map.lookupElement(segment(u32(key)));
            value.set(LittleEndian.U64, 0, value.get(LittleEndian.U64, 0) + amount);
        });
    }

    @Test
    void eachCpuSeesItsOwnArraySlotAndUserSpaceSeesThemAll() {
        BpfMap map = BpfMaps.create(MapSpec.of("pkts", MapType.PERCPU_ARRAY, 4, 8, 2), CPUS);
        addOn(0, map, 1, 5);
        addOn(2, map, 1, 7);
        addOn(2, map, 1, 1);
        assertThat(map.userValueSize()).isEqualTo(24);
        assertThat(map.lookup(u32(1))).hasValueSatisfying(v -> assertThat(v).isEqualTo(perCpu(5, 0, 8)));
    }

    @Test
    void userValuesRoundEachCpuSlotUpToEightBytes() {
        BpfMap map = BpfMaps.create(MapSpec.of("small", MapType.PERCPU_ARRAY, 4, 4, 1), CPUS);
        CurrentCpu.runOn(1, () -> map.updateElement(segment(u32(0)), segment(u32(0x01020304)), 0));
        byte[] all = map.lookup(u32(0)).orElseThrow();
        assertThat(all).hasSize(24);
        assertThat(LittleEndian.u64(all, 8)).isEqualTo(0x01020304L);
        assertThat(LittleEndian.u64(all, 0)).isZero();
    }

    @Test
    void userSpaceWritesEveryCpusSlot() {
        BpfMap map = BpfMaps.create(MapSpec.of("pkts", MapType.PERCPU_ARRAY, 4, 8, 1), CPUS);
        assertThat(map.update(u32(0), perCpu(1, 2, 3), 0)).isZero();
        long seenOnCpu2 = CurrentCpu.callOn(2, () -> map.lookupElement(segment(u32(0))).get(LittleEndian.U64, 0));
        assertThat(seenOnCpu2).isEqualTo(3);
    }

    @Test
    void userSpaceMustGiveEveryCpusValue() {
        BpfMap map = BpfMaps.create(MapSpec.of("pkts", MapType.PERCPU_ARRAY, 4, 8, 1), CPUS);
        assertThatThrownBy(() -> map.update(u32(0), u64(1), 0))
                .isInstanceOf(InvalidMapArgumentException.class)
                .hasMessageContaining("the value is 8 bytes, the map's values are 24 bytes as user space sees them");
    }

    @Test
    void aProgramsHashUpdateFillsItsCpuAndZeroesTheOthers() {
        BpfMap map = BpfMaps.create(MapSpec.of("flows", MapType.PERCPU_HASH, 4, 8, 8), CPUS);
        CurrentCpu.runOn(1, () -> map.updateElement(segment(u32(9)), segment(u64(42)), 0));
        assertThat(map.lookup(u32(9))).hasValueSatisfying(v -> assertThat(v).isEqualTo(perCpu(0, 42, 0)));
    }

    @Test
    void aProgramsHashUpdateOfAnExistingKeyWritesOnlyItsCpuInPlace() {
        BpfMap map = BpfMaps.create(MapSpec.of("flows", MapType.PERCPU_HASH, 4, 8, 8), CPUS);
        map.update(u32(9), perCpu(1, 2, 3), 0);
        MemorySegment cpu0 = CurrentCpu.callOn(0, () -> map.lookupElement(segment(u32(9))));
        CurrentCpu.runOn(0, () -> map.updateElement(segment(u32(9)), segment(u64(10)), 2));
        assertThat(cpu0.get(LittleEndian.U64, 0)).isEqualTo(10);
        assertThat(map.lookup(u32(9))).hasValueSatisfying(v -> assertThat(v).isEqualTo(perCpu(10, 2, 3)));
    }

    @Test
    void perCpuHashFlagsFollowTheHashRules() {
        BpfMap map = BpfMaps.create(MapSpec.of("flows", MapType.PERCPU_HASH, 4, 8, 1), CPUS);
        assertThat(map.updateElement(segment(u32(1)), segment(u64(1)), 2)).isEqualTo(-2);
        assertThat(map.updateElement(segment(u32(1)), segment(u64(1)), 1)).isZero();
        assertThat(map.updateElement(segment(u32(1)), segment(u64(1)), 1)).isEqualTo(-17);
        assertThat(map.updateElement(segment(u32(2)), segment(u64(1)), 0)).isEqualTo(-7);
        assertThat(map.updateElement(segment(u32(1)), segment(u64(1)), 5)).isEqualTo(-22);
    }

    @Test
    void withoutABoundCpuAThreadAlwaysUsesTheSameSlot() {
        int first = CurrentCpu.index(CPUS);
        assertThat(CurrentCpu.index(CPUS)).isEqualTo(first).isBetween(0, CPUS - 1);
        assertThat(CurrentCpu.index(CPUS))
                .isEqualTo((int) (Thread.currentThread().threadId() % CPUS));
    }

    @Test
    void aBoundCpuAboveTheMapsCountWrapsAround() {
        assertThat(CurrentCpu.callOn(4, () -> CurrentCpu.index(CPUS))).isEqualTo(1);
    }

    @Test
    void aNegativeCpuCannotBeBound() {
        assertThatThrownBy(() -> CurrentCpu.runOn(-1, () -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CPU index -1 is negative");
    }

    @Test
    void lookupAndDeleteOfAPerCpuHashReturnsTheCallersSlot() {
        BpfMap map = BpfMaps.create(MapSpec.of("flows", MapType.PERCPU_HASH, 4, 8, 8), CPUS);
        map.update(u32(9), perCpu(1, 2, 3), 0);
        MemorySegment removed = CurrentCpu.callOn(2, () -> map.lookupAndDeleteElement(segment(u32(9))));
        assertThat(removed.get(LittleEndian.U64, 0)).isEqualTo(3);
        assertThat(map.size()).isZero();
    }

    @Test
    void aProgramCanReadAnotherCpusValue() {
        BpfPerCpuArrayMap array = (BpfPerCpuArrayMap) BpfMaps.create(
                MapSpec.of("pkts", MapType.PERCPU_ARRAY, 4, 8, 1), CPUS);
        BpfPerCpuHashMap hash = (BpfPerCpuHashMap) BpfMaps.create(
                MapSpec.of("flows", MapType.PERCPU_HASH, 4, 8, 1), CPUS);
        BpfLruPerCpuHashMap lru = (BpfLruPerCpuHashMap) BpfMaps.create(
                MapSpec.of("recent", MapType.LRU_PERCPU_HASH, 4, 8, 1), CPUS);
        for (BpfMap map : List.of(array, hash, lru)) {
            map.update(u32(0), perCpu(4, 5, 6), 0);
        }
        assertThat(array.lookupElementOnCpu(segment(u32(0)), 2).get(LittleEndian.U64, 0)).isEqualTo(6);
        assertThat(hash.lookupElementOnCpu(segment(u32(0)), 1).get(LittleEndian.U64, 0)).isEqualTo(5);
        assertThat(lru.lookupElementOnCpu(segment(u32(0)), 0).get(LittleEndian.U64, 0)).isEqualTo(4);
        assertThat(array.lookupElementOnCpu(segment(u32(0)), CPUS)).isNull();
        assertThat(hash.lookupElementOnCpu(segment(u32(1)), 0)).isNull();
        assertThat(lru.lookupElementOnCpu(segment(u32(0)), -1)).isNull();
    }
}
