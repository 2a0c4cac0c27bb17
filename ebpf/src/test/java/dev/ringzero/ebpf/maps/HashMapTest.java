package dev.ringzero.ebpf.maps;

import static dev.ringzero.ebpf.maps.LittleEndian.segment;
import static dev.ringzero.ebpf.maps.LittleEndian.u32;
import static dev.ringzero.ebpf.maps.LittleEndian.u64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashMapTest {
    private final BpfMap map = BpfMaps.create(MapSpec.of("counts", MapType.HASH, 4, 8, 3));

    @Test
    void aMissingKeyLooksUpAsNull() {
        assertThat(map.lookupElement(segment(u32(1)))).isNull();
        assertThat(map.lookup(u32(1))).isEmpty();
    }

    @Test
    void anyCreatesAndThenReplaces() {
        assertThat(map.update(u32(1), u64(10), 0)).isZero();
        assertThat(map.update(u32(1), u64(11), 0)).isZero();
        assertThat(map.lookup(u32(1)).map(LittleEndian::u64)).contains(11L);
        assertThat(map.size()).isEqualTo(1);
    }

    @Test
    void noexistOnAnExistingKeyIsEexist() {
        map.update(u32(1), u64(10), 0);
        assertThat(map.update(u32(1), u64(11), 1)).isEqualTo(-17);
        assertThat(map.lookup(u32(1)).map(LittleEndian::u64)).contains(10L);
    }

    @Test
    void existOnAMissingKeyIsEnoent() {
        assertThat(map.update(u32(1), u64(10), 2)).isEqualTo(-2);
        assertThat(map.size()).isZero();
    }

    @Test
    void existOnAnExistingKeyReplaces() {
        map.update(u32(1), u64(10), 0);
        assertThat(map.update(u32(1), u64(12), 2)).isZero();
        assertThat(map.lookup(u32(1)).map(LittleEndian::u64)).contains(12L);
    }

    @Test
    void unknownFlagsAreEinval() {
        assertThat(map.update(u32(1), u64(10), 3)).isEqualTo(-22);
        assertThat(map.update(u32(1), u64(10), 4)).isEqualTo(-22);
        assertThat(map.size()).isZero();
    }

    @Test
    void aFullMapRefusesNewKeysWithE2big() {
        for (int key = 0; key < 3; key++) {
            assertThat(map.update(u32(key), u64(key), 0)).isZero();
        }
        assertThat(map.update(u32(3), u64(3), 0)).isEqualTo(-7);
        assertThat(map.update(u32(3), u64(3), 1)).isEqualTo(-7);
        assertThat(map.size()).isEqualTo(3);
    }

    @Test
    void aFullMapStillReplacesExistingKeys() {
        for (int key = 0; key < 3; key++) {
            map.update(u32(key), u64(key), 0);
        }
        assertThat(map.update(u32(2), u64(20), 0)).isZero();
        assertThat(map.lookup(u32(2)).map(LittleEndian::u64)).contains(20L);
    }

    @Test
    void deleteRemovesAndAMissingKeyIsEnoent() {
        map.update(u32(1), u64(10), 0);
        assertThat(map.delete(u32(1))).isZero();
        assertThat(map.lookup(u32(1))).isEmpty();
        assertThat(map.delete(u32(1))).isEqualTo(-2);
        assertThat(map.deleteElement(segment(u32(1)))).isEqualTo(-2);
    }

    @Test
    void deletingMakesRoomInAFullMap() {
        for (int key = 0; key < 3; key++) {
            map.update(u32(key), u64(key), 0);
        }
        map.delete(u32(0));
        assertThat(map.update(u32(3), u64(3), 0)).isZero();
    }

    @Test
    void aLookedUpValueIsLiveMemoryTheProgramWritesInPlace() {
        map.updateElement(segment(u32(7)), segment(u64(1)), 0);
        MemorySegment value = map.lookupElement(segment(u32(7)));
        value.set(LittleEndian.U64, 0, 41);
        assertThat(map.lookup(u32(7)).map(LittleEndian::u64)).contains(41L);
        assertThat(map.lookupElement(segment(u32(7))).byteSize()).isEqualTo(8);
    }

    @Test
    void valuesAreEightByteAlignedForAtomicInstructions() {
        BpfMap odd = BpfMaps.create(MapSpec.of("odd", MapType.HASH, 3, 12, 4));
        odd.update(new byte[] {1, 2, 3}, new byte[12], 0);
        MemorySegment value = odd.lookupElement(MemorySegment.ofArray(new byte[] {1, 2, 3}));
        assertThat(value.maxByteAlignment()).isGreaterThanOrEqualTo(8);
        assertThat(ValueLayout.JAVA_LONG.varHandle().getAndAdd(value, 0L, 5L)).isEqualTo(0L);
        assertThat(value.get(ValueLayout.JAVA_LONG, 0)).isEqualTo(5L);
    }

    @Test
    void aValueHeldByAProgramStaysValidAfterTheElementIsReplacedOrDeleted() {
        map.update(u32(1), u64(10), 0);
        MemorySegment held = map.lookupElement(segment(u32(1)));
        map.update(u32(1), u64(11), 0);
        map.delete(u32(1));
        held.set(LittleEndian.U64, 0, 99);
        assertThat(held.get(LittleEndian.U64, 0)).isEqualTo(99);
        assertThat(map.lookup(u32(1))).isEmpty();
    }

    @Test
    void updateCopiesTheProgramsValueSoLaterWritesToItDoNotLeakIn() {
        MemorySegment stackValue = segment(u64(5));
        map.updateElement(segment(u32(1)), stackValue, 0);
        stackValue.set(LittleEndian.U64, 0, 6);
        assertThat(map.lookup(u32(1)).map(LittleEndian::u64)).contains(5L);
    }

    @Test
    void onlyTheFirstKeySizeBytesOfTheProgramsKeyCount() {
        map.updateElement(segment(new byte[] {1, 0, 0, 0, 9, 9}), segment(u64(3)), 0);
        assertThat(map.lookup(u32(1)).map(LittleEndian::u64)).contains(3L);
    }

    @Test
    void lookupAndDeleteReturnsTheRemovedValue() {
        map.update(u32(1), u64(10), 0);
        MemorySegment removed = map.lookupAndDeleteElement(segment(u32(1)));
        assertThat(removed.get(LittleEndian.U64, 0)).isEqualTo(10);
        assertThat(map.size()).isZero();
        assertThat(map.lookupAndDeleteElement(segment(u32(1)))).isNull();
    }

    @Test
    void nextKeyOfNullIsTheFirstKeyAndIterationVisitsEveryKeyOnce() {
        BpfMap big = BpfMaps.create(MapSpec.of("big", MapType.HASH, 4, 8, 100));
        for (int key = 0; key < 100; key++) {
            big.update(u32(key), u64(key), 0);
        }
        List<Integer> visited = new ArrayList<>();
        Optional<byte[]> key = big.nextKey(null);
        while (key.isPresent()) {
            visited.add(u32(key.get()));
            key = big.nextKey(key.get());
        }
        assertThat(visited).hasSize(100).doesNotHaveDuplicates();
        assertThat(new HashSet<>(visited)).isEqualTo(range(100));
    }

    @Test
    void nextKeyAfterTheLastKeyIsEmptyAndOfAnEmptyMapToo() {
        assertThat(map.nextKey(null)).isEmpty();
        map.update(u32(1), u64(1), 0);
        assertThat(map.nextKey(null)).hasValueSatisfying(k -> assertThat(k).isEqualTo(u32(1)));
        assertThat(map.nextKey(u32(1))).isEmpty();
    }

    @Test
    void nextKeyOfAMissingKeyStartsOverAtTheFirstKey() {
        map.update(u32(1), u64(1), 0);
        assertThat(map.nextKey(u32(42))).hasValueSatisfying(k -> assertThat(k).isEqualTo(u32(1)));
    }

    @Test
    void keysAndEntriesListTheContents() {
        map.update(u32(1), u64(10), 0);
        map.update(u32(2), u64(20), 0);
        assertThat(map.keys()).hasSize(2);
        assertThat(map.entries()).containsExactlyInAnyOrder(
                new MapEntry(u32(1), u64(10)), new MapEntry(u32(2), u64(20)));
    }

    @Test
    void aWrongKeyOrValueLengthFromJavaIsAClearError() {
        assertThatThrownBy(() -> map.lookup(new byte[3]))
                .isInstanceOf(InvalidMapArgumentException.class)
                .hasMessage("map 'counts' (hash): the key is 3 bytes, the map's keys are 4 bytes");
        assertThatThrownBy(() -> map.update(u32(1), new byte[4], 0))
                .isInstanceOf(InvalidMapArgumentException.class)
                .hasMessageContaining("the value is 4 bytes, the map's values are 8 bytes");
        assertThatThrownBy(() -> map.lookupElement(MemorySegment.ofArray(new byte[2])))
                .isInstanceOf(InvalidMapArgumentException.class);
        assertThatThrownBy(() -> map.lookup(null))
                .isInstanceOf(InvalidMapArgumentException.class)
                .hasMessage("map 'counts' (hash): the key is missing");
    }

    @Test
    void queueOperationsAreNotSupported() {
        assertThat(map.pushElement(segment(u64(1)), 0)).isEqualTo(Errno.EOPNOTSUPP.negated());
        assertThat(map.popElement(MemorySegment.ofArray(new byte[8]))).isEqualTo(Errno.EOPNOTSUPP.negated());
    }

    @Test
    void longKeysCompareByEveryByte() {
        BpfMap wide = BpfMaps.create(MapSpec.of("wide", MapType.HASH, 20, 8, 8));
        byte[] a = new byte[20];
        byte[] b = new byte[20];
        b[19] = 1;
        wide.update(a, u64(1), 0);
        wide.update(b, u64(2), 0);
        assertThat(wide.lookup(a).map(LittleEndian::u64)).contains(1L);
        assertThat(wide.lookup(b).map(LittleEndian::u64)).contains(2L);
    }

    private static Set<Integer> range(int n) {
        Set<Integer> set = new HashSet<>();
        for (int i = 0; i < n; i++) {
            set.add(i);
        }
        return set;
    }
}
