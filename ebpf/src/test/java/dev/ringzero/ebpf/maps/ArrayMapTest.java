package dev.ringzero.ebpf.maps;

import static dev.ringzero.ebpf.maps.LittleEndian.segment;
import static dev.ringzero.ebpf.maps.LittleEndian.u32;
import static dev.ringzero.ebpf.maps.LittleEndian.u64;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrayMapTest {
    private final BpfMap map = BpfMaps.create(MapSpec.of("slots", MapType.ARRAY, 4, 8, 4));

    @Test
    void everyElementExistsFromTheStartAsZeros() {
        assertThat(map.lookup(u32(3))).hasValueSatisfying(v -> assertThat(v).isEqualTo(new byte[8]));
        assertThat(map.size()).isEqualTo(4);
    }

    @Test
    void aKeyPastTheEndLooksUpAsNull() {
        assertThat(map.lookupElement(segment(u32(4)))).isNull();
        assertThat(map.lookupElement(segment(u32(-1)))).isNull();
        assertThat(map.lookup(u32(4))).isEmpty();
    }

    @Test
    void anyAndExistUpdateInPlace() {
        MemorySegment value = map.lookupElement(segment(u32(1)));
        assertThat(map.update(u32(1), u64(5), 0)).isZero();
        assertThat(value.get(LittleEndian.U64, 0)).isEqualTo(5);
        assertThat(map.update(u32(1), u64(6), 2)).isZero();
        assertThat(value.get(LittleEndian.U64, 0)).isEqualTo(6);
    }

    @Test
    void noexistIsEexistBecauseEveryElementExists() {
        assertThat(map.update(u32(1), u64(5), 1)).isEqualTo(-17);
    }

    @Test
    void anUpdatePastTheEndIsE2big() {
        assertThat(map.update(u32(4), u64(5), 0)).isEqualTo(-7);
    }

    @Test
    void badFlagsAreEinvalEvenPastTheEnd() {
        assertThat(map.update(u32(4), u64(5), 7)).isEqualTo(-22);
    }

    @Test
    void deleteIsEinval() {
        assertThat(map.delete(u32(1))).isEqualTo(-22);
        assertThat(map.deleteElement(segment(u32(1)))).isEqualTo(-22);
    }

    @Test
    void nextKeyWalksTheIndexes() {
        assertThat(map.nextKey(null)).hasValueSatisfying(k -> assertThat(k).isEqualTo(u32(0)));
        assertThat(map.nextKey(u32(0))).hasValueSatisfying(k -> assertThat(k).isEqualTo(u32(1)));
        assertThat(map.nextKey(u32(3))).isEmpty();
        assertThat(map.nextKey(u32(99))).hasValueSatisfying(k -> assertThat(k).isEqualTo(u32(0)));
        assertThat(map.keys()).extracting(LittleEndian::u32).containsExactly(0, 1, 2, 3);
    }

    @Test
    void oddValueSizesKeepEveryElementEightByteAligned() {
        BpfMap odd = BpfMaps.create(MapSpec.of("odd", MapType.ARRAY, 4, 5, 3));
        for (int index = 0; index < 3; index++) {
            MemorySegment value = odd.lookupElement(segment(u32(index)));
            assertThat(value.byteSize()).isEqualTo(5);
            assertThat(value.maxByteAlignment()).isGreaterThanOrEqualTo(8);
        }
        odd.update(u32(1), new byte[] {1, 2, 3, 4, 5}, 0);
        assertThat(odd.lookup(u32(0))).hasValueSatisfying(v -> assertThat(v).isEqualTo(new byte[5]));
        assertThat(odd.lookup(u32(2))).hasValueSatisfying(v -> assertThat(v).isEqualTo(new byte[5]));
        assertThat(odd.lookup(u32(1))).hasValueSatisfying(v -> assertThat(v).containsExactly(1, 2, 3, 4, 5));
    }

    @Test
    void entriesListEveryIndex() {
        map.update(u32(2), u64(9), 0);
        List<MapEntry> entries = map.entries();
        assertThat(entries).hasSize(4).contains(new MapEntry(u32(2), u64(9)));
    }
}
