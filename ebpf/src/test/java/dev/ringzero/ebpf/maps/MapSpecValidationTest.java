package dev.ringzero.ebpf.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MapSpecValidationTest {

    private static InvalidMapSpecException rejection(MapSpec spec) {
        try {
            BpfMaps.create(spec, 4);
        } catch (InvalidMapSpecException e) {
            return e;
        }
        throw new AssertionError(spec + " was accepted");
    }

    @Test
    void everySupportedTypeIsCreatedAsItsOwnClass() {
        assertThat(BpfMaps.create(MapSpec.of("h", MapType.HASH, 4, 8, 16))).isInstanceOf(BpfHashMap.class);
        assertThat(BpfMaps.create(MapSpec.of("a", MapType.ARRAY, 4, 8, 16))).isInstanceOf(BpfArrayMap.class);
        assertThat(BpfMaps.create(MapSpec.of("ph", MapType.PERCPU_HASH, 4, 8, 16)))
                .isInstanceOf(BpfPerCpuHashMap.class);
        assertThat(BpfMaps.create(MapSpec.of("pa", MapType.PERCPU_ARRAY, 4, 8, 16)))
                .isInstanceOf(BpfPerCpuArrayMap.class);
        assertThat(BpfMaps.create(MapSpec.of("l", MapType.LRU_HASH, 4, 8, 16))).isInstanceOf(BpfLruHashMap.class);
        assertThat(BpfMaps.create(MapSpec.of("lp", MapType.LRU_PERCPU_HASH, 4, 8, 16)))
                .isInstanceOf(BpfLruPerCpuHashMap.class);
        assertThat(BpfMaps.create(MapSpec.of("p", MapType.PROG_ARRAY, 4, 4, 16))).isInstanceOf(BpfProgramArray.class);
        assertThat(BpfMaps.create(MapSpec.of("q", MapType.QUEUE, 0, 8, 16))).isInstanceOf(BpfQueueMap.class);
        assertThat(BpfMaps.create(MapSpec.of("s", MapType.STACK, 0, 8, 16))).isInstanceOf(BpfStackMap.class);
        assertThat(BpfMaps.create(MapSpec.of("r", MapType.RINGBUF, 0, 0, 4096))).isInstanceOf(BpfRingBuffer.class);
    }

    @Test
    void anUnsupportedTypeIsRejectedByName() {
        InvalidMapSpecException e = rejection(MapSpec.of("events", MapType.PERF_EVENT_ARRAY, 4, 4, 4));
        assertThat(e).hasMessage("map 'events' (perf_event_array): this map type is not supported");
        assertThat(e.errno()).isEqualTo(Errno.EOPNOTSUPP);
    }

    @Test
    void zeroMaxEntriesIsRejected() {
        InvalidMapSpecException e = rejection(MapSpec.of("counts", MapType.HASH, 4, 8, 0));
        assertThat(e).hasMessage("map 'counts' (hash): max entries must be greater than 0");
        assertThat(e.errno()).isEqualTo(Errno.EINVAL);
    }

    @Test
    void maxEntriesAboveTwoToThe31IsTooLarge() {
        assertThat(rejection(MapSpec.of("big", MapType.HASH, 4, 8, -1)))
                .hasMessageContaining("max entries 4294967295 is more than ringzero supports");
    }

    @Test
    void hashKeysAndValuesMustBeNonEmpty() {
        assertThat(rejection(MapSpec.of("h", MapType.HASH, 0, 8, 1)))
                .hasMessage("map 'h' (hash): key size must be greater than 0");
        assertThat(rejection(MapSpec.of("h", MapType.LRU_HASH, 4, 0, 1)))
                .hasMessage("map 'h' (lru_hash): value size must be greater than 0");
    }

    @Test
    void hashKeysLargerThanTheBpfStackAreTooBig() {
        InvalidMapSpecException e = rejection(MapSpec.of("h", MapType.HASH, 513, 8, 1));
        assertThat(e).hasMessage("map 'h' (hash): key size 513 is more than 512 bytes");
        assertThat(e.errno()).isEqualTo(Errno.E2BIG);
    }

    @Test
    void perCpuValuesAreLimitedTo32KiB() {
        assertThat(rejection(MapSpec.of("p", MapType.PERCPU_ARRAY, 4, 32769, 1)))
                .hasMessage("map 'p' (percpu_array): value size 32769 is more than 32768 bytes");
        assertThat(BpfMaps.create(MapSpec.of("p", MapType.PERCPU_HASH, 4, 32768, 1), 2).valueSize())
                .isEqualTo(32768);
    }

    @Test
    void arrayKeysMustBeFourBytes() {
        assertThat(rejection(MapSpec.of("a", MapType.ARRAY, 8, 8, 1)))
                .hasMessage("map 'a' (array): key size must be 4, not 8");
    }

    @Test
    void programArraysHoldFourByteKeysAndValues() {
        assertThat(rejection(MapSpec.of("jmp", MapType.PROG_ARRAY, 4, 8, 1)))
                .hasMessage("map 'jmp' (prog_array): value size must be 4, not 8");
    }

    @Test
    void queuesAndStacksHaveNoKeys() {
        assertThat(rejection(MapSpec.of("q", MapType.QUEUE, 4, 8, 1)))
                .hasMessage("map 'q' (queue): key size must be 0, not 4");
        assertThat(rejection(MapSpec.of("s", MapType.STACK, 0, 0, 1)))
                .hasMessage("map 's' (stack): value size must be greater than 0");
    }

    @Test
    void ringBufferSizeMustBeAPowerOfTwoMultipleOfThePageSize() {
        assertThat(rejection(MapSpec.of("rb", MapType.RINGBUF, 0, 0, 4096 * 3)))
                .hasMessage("map 'rb' (ringbuf): max entries 12288 (the ring size in bytes) must be a power of 2"
                        + " and a multiple of the page size 4096");
        assertThat(rejection(MapSpec.of("rb", MapType.RINGBUF, 0, 0, 1024)).errno()).isEqualTo(Errno.EINVAL);
        assertThat(rejection(MapSpec.of("rb", MapType.RINGBUF, 4, 0, 4096)))
                .hasMessage("map 'rb' (ringbuf): key size must be 0, not 4");
    }

    @Test
    void preallocatedMapsMayNotNeedMoreThanOneGibibyte() {
        InvalidMapSpecException e = rejection(MapSpec.of("huge", MapType.ARRAY, 4, 4096, 1 << 20));
        assertThat(e).hasMessageContaining("needs 4294967296 bytes");
        assertThat(e.errno()).isEqualTo(Errno.E2BIG);
    }

    @Test
    void aMissingTypeOrSpecIsAClearError() {
        assertThatThrownBy(() -> MapSpec.of("x", null, 4, 4, 1))
                .isInstanceOf(InvalidMapSpecException.class)
                .hasMessage("map 'x': the map type is missing");
        assertThatThrownBy(() -> BpfMaps.create(null))
                .isInstanceOf(InvalidMapSpecException.class)
                .hasMessage("the map definition is missing");
    }

    @Test
    void aCpuCountBelowOneIsRejected() {
        assertThatThrownBy(() -> BpfMaps.create(MapSpec.of("p", MapType.PERCPU_ARRAY, 4, 8, 1), 0))
                .isInstanceOf(InvalidMapSpecException.class)
                .hasMessage("map 'p' (percpu_array): the CPU count 0 must be at least 1");
    }
}
