package dev.ringzero.ebpf.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MapTypeTest {

    @Test
    void linuxNumbersFollowEnumBpfMapType() {
        assertThat(MapType.fromLinux(1)).contains(MapType.HASH);
        assertThat(MapType.fromLinux(2)).contains(MapType.ARRAY);
        assertThat(MapType.fromLinux(3)).contains(MapType.PROG_ARRAY);
        assertThat(MapType.fromLinux(4)).contains(MapType.PERF_EVENT_ARRAY);
        assertThat(MapType.fromLinux(5)).contains(MapType.PERCPU_HASH);
        assertThat(MapType.fromLinux(6)).contains(MapType.PERCPU_ARRAY);
        assertThat(MapType.fromLinux(9)).contains(MapType.LRU_HASH);
        assertThat(MapType.fromLinux(10)).contains(MapType.LRU_PERCPU_HASH);
        assertThat(MapType.fromLinux(12)).contains(MapType.ARRAY_OF_MAPS);
        assertThat(MapType.fromLinux(13)).contains(MapType.HASH_OF_MAPS);
        assertThat(MapType.fromLinux(22)).contains(MapType.QUEUE);
        assertThat(MapType.fromLinux(23)).contains(MapType.STACK);
        assertThat(MapType.fromLinux(27)).contains(MapType.RINGBUF);
    }

    @Test
    void windowsNumbersFollowEbpfStructsH() {
        assertThat(MapType.fromWindows(1)).contains(MapType.HASH);
        assertThat(MapType.fromWindows(2)).contains(MapType.ARRAY);
        assertThat(MapType.fromWindows(3)).contains(MapType.PROG_ARRAY);
        assertThat(MapType.fromWindows(4)).contains(MapType.PERCPU_HASH);
        assertThat(MapType.fromWindows(5)).contains(MapType.PERCPU_ARRAY);
        assertThat(MapType.fromWindows(6)).contains(MapType.HASH_OF_MAPS);
        assertThat(MapType.fromWindows(7)).contains(MapType.ARRAY_OF_MAPS);
        assertThat(MapType.fromWindows(8)).contains(MapType.LRU_HASH);
        assertThat(MapType.fromWindows(9)).contains(MapType.LPM_TRIE);
        assertThat(MapType.fromWindows(10)).contains(MapType.QUEUE);
        assertThat(MapType.fromWindows(11)).contains(MapType.LRU_PERCPU_HASH);
        assertThat(MapType.fromWindows(12)).contains(MapType.STACK);
        assertThat(MapType.fromWindows(13)).contains(MapType.RINGBUF);
    }

    @Test
    void everyTypeRoundTripsThroughBothNumberings() {
        for (MapType type : MapType.values()) {
            assertThat(MapType.fromLinux(type.linuxId())).contains(type);
            type.windowsId().ifPresent(id -> assertThat(MapType.fromWindows(id)).contains(type));
        }
    }

    @Test
    void unspecAndUnknownNumbersHaveNoType() {
        assertThat(MapType.fromLinux(0)).isEmpty();
        assertThat(MapType.fromLinux(34)).isEmpty();
        assertThat(MapType.fromLinux(-1)).isEmpty();
        assertThat(MapType.fromWindows(0)).isEmpty();
        assertThat(MapType.fromWindows(14)).isEmpty();
    }

    @Test
    void linuxOnlyTypesHaveNoWindowsNumber() {
        assertThat(MapType.PERF_EVENT_ARRAY.windowsId()).isEqualTo(OptionalInt.empty());
        assertThat(MapType.SOCKMAP.windowsId()).isEmpty();
    }

    @Test
    void namesAreThoseBpftoolAndNetshPrint() {
        assertThat(MapType.PERCPU_HASH.bpftoolName()).isEqualTo("percpu_hash");
        assertThat(MapType.LRU_PERCPU_HASH.netshName()).isEqualTo("lru_percpu_hash");
        assertThat(MapType.PROG_ARRAY.bpftoolName()).isEqualTo("prog_array");
        assertThat(MapType.RINGBUF.netshName()).isEqualTo("ringbuf");
        assertThat(MapType.fromName("queue")).contains(MapType.QUEUE);
        assertThat(MapType.fromName("nonsense")).isEmpty();
    }

    @Test
    void perCpuTypesSayTheyArePerCpu() {
        assertThat(MapType.PERCPU_ARRAY.isPerCpu()).isTrue();
        assertThat(MapType.LRU_PERCPU_HASH.isPerCpu()).isTrue();
        assertThat(MapType.LRU_HASH.isPerCpu()).isFalse();
    }
}
