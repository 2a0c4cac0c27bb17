package dev.ringzero.ebpf.maps;

import static dev.ringzero.ebpf.maps.LittleEndian.segment;
import static dev.ringzero.ebpf.maps.LittleEndian.u32;
import static dev.ringzero.ebpf.maps.LittleEndian.u64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MapOfMapsTest {
    private static final MapSpec INNER = MapSpec.of("per_port", MapType.HASH, 4, 8, 16);

    private final BpfArrayOfMaps array = (BpfArrayOfMaps) BpfMaps.createMapOfMaps(
            MapSpec.of("tenants", MapType.ARRAY_OF_MAPS, 4, 4, 4), INNER);
    private final BpfHashOfMaps hash = (BpfHashOfMaps) BpfMaps.createMapOfMaps(
            MapSpec.of("by_cgroup", MapType.HASH_OF_MAPS, 8, 4, 2), INNER);

    @Test
    void aProgramFindsTheInnerMapAndUsesIt() {
        BpfMap inner = BpfMaps.create(INNER);
        assertThat(array.set(1, 42, inner)).isZero();
        BpfMap found = array.innerMap(segment(u32(1)));
        assertThat(found).isSameAs(inner);
        found.update(u32(80), u64(7), 0);
        assertThat(inner.lookup(u32(80)).map(LittleEndian::u64)).contains(7L);
        assertThat(array.innerMap(segment(u32(0)))).isNull();
        assertThat(array.innerMap(segment(u32(9)))).isNull();
    }

    @Test
    void userSpaceSeesInnerMapIds() {
        array.set(2, 42, BpfMaps.create(INNER));
        assertThat(array.lookup(u32(2)).map(LittleEndian::u32)).contains(42);
        assertThat(array.entries()).containsExactly(new MapEntry(u32(2), u32(42)));
        assertThat(array.delete(u32(2))).isZero();
        assertThat(array.delete(u32(2))).isEqualTo(-2);
    }

    @Test
    void anInnerMapOfAnotherShapeIsEinval() {
        BpfMap bigger = BpfMaps.create(MapSpec.of("per_port", MapType.HASH, 4, 8, 32));
        BpfMap array2 = BpfMaps.create(MapSpec.of("per_port", MapType.ARRAY, 4, 8, 16));
        assertThat(array.set(0, 1, bigger)).isEqualTo(-22);
        assertThat(array.set(0, 1, array2)).isEqualTo(-22);
        assertThat(hash.put(u64(1), 1, bigger, 0)).isEqualTo(-22);
    }

    @Test
    void aHashOfMapsFollowsTheHashFlagsAndFullness() {
        assertThat(hash.put(u64(1), 10, BpfMaps.create(INNER), 2)).isEqualTo(-2);
        assertThat(hash.put(u64(1), 10, BpfMaps.create(INNER), 1)).isZero();
        assertThat(hash.put(u64(1), 11, BpfMaps.create(INNER), 1)).isEqualTo(-17);
        assertThat(hash.put(u64(1), 11, BpfMaps.create(INNER), 0)).isZero();
        assertThat(hash.put(u64(2), 12, BpfMaps.create(INNER), 0)).isZero();
        assertThat(hash.put(u64(3), 13, BpfMaps.create(INNER), 0)).isEqualTo(-7);
        assertThat(hash.put(u64(3), 13, BpfMaps.create(INNER), 9)).isEqualTo(-22);
        assertThat(hash.lookup(u64(1)).map(LittleEndian::u32)).contains(11);
        assertThat(hash.keys()).hasSize(2);
        assertThat(hash.delete(u64(1))).isZero();
        assertThat(hash.innerMap(segment(u64(1)))).isNull();
        assertThat(hash.innerMap(segment(u64(2)))).isNotNull();
    }

    @Test
    void programsCannotChangeMapsOfMapsOrReadThemAsMemory() {
        assertThat(array.lookupElement(segment(u32(0)))).isNull();
        assertThat(array.updateElement(segment(u32(0)), segment(u32(1)), 0)).isEqualTo(-95);
        assertThat(hash.deleteElement(segment(u64(0)))).isEqualTo(-95);
    }

    @Test
    void aMapOfMapsNeedsItsInnerDefinition() {
        assertThatThrownBy(() -> BpfMaps.create(MapSpec.of("tenants", MapType.ARRAY_OF_MAPS, 4, 4, 4)))
                .isInstanceOf(InvalidMapSpecException.class)
                .hasMessage("map 'tenants' (array_of_maps): a map of maps needs the inner map's definition"
                        + " (createMapOfMaps)");
    }

    @Test
    void mapsOfMapsCannotNest() {
        assertThatThrownBy(() -> BpfMaps.createMapOfMaps(MapSpec.of("outer", MapType.ARRAY_OF_MAPS, 4, 4, 4),
                MapSpec.of("inner", MapType.HASH_OF_MAPS, 4, 4, 4)))
                .isInstanceOf(InvalidMapSpecException.class)
                .hasMessage("map 'outer' (array_of_maps): the inner map cannot be a hash_of_maps");
    }

    @Test
    void onlyMapsOfMapsTakeAnInnerDefinition() {
        assertThatThrownBy(() -> BpfMaps.createMapOfMaps(MapSpec.of("h", MapType.HASH, 4, 4, 4), INNER))
                .isInstanceOf(InvalidMapSpecException.class)
                .hasMessage("map 'h' (hash): only array_of_maps and hash_of_maps have inner maps");
    }

    @Test
    void anInvalidInnerDefinitionIsRejectedByName() {
        assertThatThrownBy(() -> BpfMaps.createMapOfMaps(MapSpec.of("outer", MapType.HASH_OF_MAPS, 4, 4, 4),
                MapSpec.of("inner", MapType.ARRAY, 8, 4, 4)))
                .isInstanceOf(InvalidMapSpecException.class)
                .hasMessage("map 'inner' (array): key size must be 4, not 8");
    }

    @Test
    void mapOfMapsValuesAreFourByteIds() {
        assertThatThrownBy(() -> BpfMaps.createMapOfMaps(MapSpec.of("outer", MapType.HASH_OF_MAPS, 4, 8, 4), INNER))
                .isInstanceOf(InvalidMapSpecException.class)
                .hasMessage("map 'outer' (hash_of_maps): value size must be 4, not 8");
    }
}
