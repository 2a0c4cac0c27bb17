package dev.ringzero.ebpf.maps;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * BPF_MAP_CREATE's rules for the map types ringzero describes to the verifier without creating them, each case
 * measured on Linux 6.18 with {@code bpftool map create} (OK or the errno it printed).
 */
class DescribableMapRulesTest {

    private static void ok(MapType type, int key, int value, int entries, int flags) {
        assertThatCode(() -> BpfMaps.validate(new MapSpec(type, key, value, entries, flags, "m")))
                .as("%s key %d value %d entries %d flags 0x%x", type, key, value, entries, flags)
                .doesNotThrowAnyException();
    }

    private static void refused(MapType type, int key, int value, int entries, int flags, Errno errno) {
        assertThatThrownBy(() -> BpfMaps.validate(new MapSpec(type, key, value, entries, flags, "m")))
                .as("%s key %d value %d entries %d flags 0x%x", type, key, value, entries, flags)
                .isInstanceOfSatisfying(InvalidMapSpecException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.errno()).isEqualTo(errno));
    }

    @Test
    void stackTraceMapsHoldUpTo127FramesOf8Bytes() {
        ok(MapType.STACK_TRACE, 4, 8, 16, 0);
        ok(MapType.STACK_TRACE, 4, 1016, 16, 0);
        ok(MapType.STACK_TRACE, 4, 32, 16, 0x20);
        refused(MapType.STACK_TRACE, 4, 12, 16, 0, Errno.EINVAL);
        refused(MapType.STACK_TRACE, 8, 8, 16, 0, Errno.EINVAL);
        refused(MapType.STACK_TRACE, 4, 1024, 16, 0, Errno.EINVAL);
        refused(MapType.STACK_TRACE, 4, 4, 16, 0, Errno.EINVAL);
        refused(MapType.STACK_TRACE, 4, 8, 0, 0, Errno.EINVAL);
        refused(MapType.STACK_TRACE, 4, 40, 16, 0x20, Errno.EINVAL);
        refused(MapType.STACK_TRACE, 4, 8, 16, 1, Errno.EINVAL);
    }

    @Test
    void deviceCpuAndSocketMapsHoldFourOrEightByteValues() {
        for (MapType type : new MapType[] {MapType.DEVMAP, MapType.DEVMAP_HASH, MapType.CPUMAP, MapType.SOCKMAP,
                MapType.REUSEPORT_SOCKARRAY}) {
            ok(type, 4, 4, 4, 0);
            ok(type, 4, 8, 4, 0);
            refused(type, 4, 12, 4, 0, Errno.EINVAL);
            refused(type, 8, 4, 4, 0, Errno.EINVAL);
            refused(type, 4, 4, 0, 0, Errno.EINVAL);
            refused(type, 4, 4, 4, 1, Errno.EINVAL);
        }
        ok(MapType.DEVMAP, 4, 4, 4, 0x10);
        refused(MapType.CPUMAP, 4, 4, 4, 0x8, Errno.EINVAL);
        ok(MapType.CPUMAP, 4, 4, 256, 0);
        refused(MapType.CPUMAP, 4, 4, 257, 0, Errno.E2BIG);
        ok(MapType.SOCKHASH, 512, 8, 4, 0);
        refused(MapType.SOCKHASH, 513, 4, 4, 0, Errno.E2BIG);
        refused(MapType.SOCKHASH, 0, 4, 4, 0, Errno.EINVAL);
    }

    @Test
    void cgroupAndXskArraysHoldFourByteValues() {
        for (MapType type : new MapType[] {MapType.CGROUP_ARRAY, MapType.XSKMAP}) {
            ok(type, 4, 4, 4, 0);
            refused(type, 4, 8, 4, 0, Errno.EINVAL);
            refused(type, 8, 4, 4, 0, Errno.EINVAL);
            refused(type, 4, 4, 0, 0, Errno.EINVAL);
        }
    }

    @Test
    void bloomFiltersHaveNoKeys() {
        ok(MapType.BLOOM_FILTER, 0, 4, 16, 0);
        ok(MapType.BLOOM_FILTER, 0, 4 << 20, 1, 0);
        ok(MapType.BLOOM_FILTER, 0, 4, 16, 0x80);
        refused(MapType.BLOOM_FILTER, 4, 4, 16, 0, Errno.EINVAL);
        refused(MapType.BLOOM_FILTER, 0, 0, 16, 0, Errno.EINVAL);
        refused(MapType.BLOOM_FILTER, 0, 4, 0, 0, Errno.EINVAL);
        refused(MapType.BLOOM_FILTER, 0, 4, 16, 1, Errno.EINVAL);
        refused(MapType.BLOOM_FILTER, 0, (4 << 20) + 1, 1, 0, Errno.E2BIG);
    }

    @Test
    void userRingBuffersAreSizedLikeRingBuffers() {
        ok(MapType.USER_RINGBUF, 0, 0, 4096, 0);
        ok(MapType.USER_RINGBUF, 0, 0, 8192, 0);
        refused(MapType.USER_RINGBUF, 0, 0, 4095, 0, Errno.EINVAL);
        refused(MapType.USER_RINGBUF, 0, 0, 12288, 0, Errno.EINVAL);
        refused(MapType.USER_RINGBUF, 4, 0, 4096, 0, Errno.EINVAL);
    }

    @Test
    void cgroupStorageHasNoMaxEntries() {
        ok(MapType.CGROUP_STORAGE, 16, 8, 0, 0);
        ok(MapType.CGROUP_STORAGE, 8, 8, 0, 0);
        ok(MapType.CGROUP_STORAGE, 8, 65407, 0, 0);
        refused(MapType.CGROUP_STORAGE, 8, 65408, 0, 0, Errno.E2BIG);
        refused(MapType.CGROUP_STORAGE, 4, 8, 0, 0, Errno.EINVAL);
        refused(MapType.CGROUP_STORAGE, 8, 8, 1, 0, Errno.EINVAL);
        refused(MapType.CGROUP_STORAGE, 8, 0, 0, 0, Errno.EINVAL);
        refused(MapType.CGROUP_STORAGE, 8, 8, 0, 1, Errno.EINVAL);
        ok(MapType.PERCPU_CGROUP_STORAGE, 8, 32768, 0, 0);
        refused(MapType.PERCPU_CGROUP_STORAGE, 8, 32769, 0, 0, Errno.E2BIG);
    }

    @Test
    void localStorageNeedsNoPreallocAndNoMaxEntries() {
        for (MapType type : new MapType[] {MapType.SK_STORAGE, MapType.TASK_STORAGE, MapType.INODE_STORAGE,
                MapType.CGRP_STORAGE}) {
            ok(type, 4, 8, 0, 1);
            refused(type, 4, 8, 0, 0, Errno.EINVAL);
            refused(type, 4, 8, 1, 1, Errno.EINVAL);
            refused(type, 8, 8, 0, 1, Errno.EINVAL);
            refused(type, 4, 0, 0, 1, Errno.EINVAL);
        }
    }
}
