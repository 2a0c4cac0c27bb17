package dev.ringzero.ebpf.maps;

import static dev.ringzero.ebpf.maps.LittleEndian.segment;
import static dev.ringzero.ebpf.maps.LittleEndian.u32;
import static dev.ringzero.ebpf.maps.LittleEndian.u64;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LruHashMapTest {
    private final BpfMap map = BpfMaps.create(MapSpec.of("recent", MapType.LRU_HASH, 4, 8, 3));

    private void insert(int... keys) {
        for (int key : keys) {
            assertThat(map.update(u32(key), u64(key), 0)).isZero();
        }
    }

    private void use(int key) {
        assertThat(map.lookupElement(segment(u32(key)))).isNotNull();
    }

    private List<Integer> keys() {
        return map.keys().stream().map(LittleEndian::u32).sorted().toList();
    }

    @Test
    void aFullMapEvictsTheOldestUnusedElementInsteadOfFailing() {
        insert(1, 2, 3);
        insert(4);
        assertThat(keys()).containsExactly(2, 3, 4);
        assertThat(map.size()).isEqualTo(3);
    }

    @Test
    void aLookupProtectsAnElementFromTheNextEviction() {
        insert(1, 2, 3);
        use(1);
        insert(4);
        assertThat(keys()).containsExactly(1, 3, 4);
    }

    @Test
    void evictionFollowsRecencyOfUse() {
        insert(1, 2, 3);
        use(1);
        insert(4);
        use(3);
        insert(5);
        assertThat(keys()).containsExactly(3, 4, 5);
        insert(6);
        assertThat(keys()).containsExactly(3, 5, 6);
    }

    @Test
    void whenEveryElementWasUsedTheOldestGoes() {
        insert(1, 2, 3);
        use(1);
        use(2);
        use(3);
        insert(4);
        assertThat(keys()).containsExactly(2, 3, 4);
    }

    @Test
    void replacingAnElementMakesItTheYoungest() {
        insert(1, 2, 3);
        insert(1);
        insert(4);
        assertThat(keys()).containsExactly(1, 3, 4);
    }

    @Test
    void userSpaceLookupsDoNotCountAsUse() {
        insert(1, 2, 3);
        assertThat(map.lookup(u32(1))).isPresent();
        insert(4);
        assertThat(keys()).containsExactly(2, 3, 4);
    }

    @Test
    void deletedElementsLeaveTheEvictionOrder() {
        insert(1, 2, 3);
        assertThat(map.delete(u32(1))).isZero();
        insert(4, 5);
        assertThat(keys()).containsExactly(3, 4, 5);
    }

    @Test
    void flagsFollowTheHashRules() {
        insert(1);
        assertThat(map.update(u32(1), u64(2), 1)).isEqualTo(-17);
        assertThat(map.update(u32(9), u64(2), 2)).isEqualTo(-2);
        assertThat(map.update(u32(9), u64(2), 3)).isEqualTo(-22);
        assertThat(map.delete(u32(9))).isEqualTo(-2);
    }

    @Test
    void noexistOnAFullMapEvictsToo() {
        insert(1, 2, 3);
        assertThat(map.update(u32(4), u64(4), 1)).isZero();
        assertThat(map.size()).isEqualTo(3);
    }

    @Test
    void lruPerCpuHashEvictsAndKeepsPerCpuValues() {
        BpfMap perCpu = BpfMaps.create(MapSpec.of("recent", MapType.LRU_PERCPU_HASH, 4, 8, 2), 2);
        CurrentCpu.runOn(1, () -> {
            perCpu.updateElement(segment(u32(1)), segment(u64(11)), 0);
            perCpu.updateElement(segment(u32(2)), segment(u64(22)), 0);
            perCpu.lookupElement(segment(u32(1)));
            perCpu.updateElement(segment(u32(3)), segment(u64(33)), 0);
        });
        assertThat(perCpu.keys()).extracting(LittleEndian::u32).containsExactlyInAnyOrder(1, 3);
        byte[] value = perCpu.lookup(u32(3)).orElseThrow();
        assertThat(LittleEndian.u64(value, 0)).isZero();
        assertThat(LittleEndian.u64(value, 8)).isEqualTo(33);
    }

    @Test
    void lookupAndDeleteTakesTheElementOutOfTheEvictionOrder() {
        insert(1, 2, 3);
        assertThat(map.lookupAndDeleteElement(segment(u32(1))).get(LittleEndian.U64, 0)).isEqualTo(1);
        insert(4);
        assertThat(keys()).containsExactly(2, 3, 4);
        assertThat(map.lookupAndDeleteElement(segment(u32(1)))).isNull();
    }
}
