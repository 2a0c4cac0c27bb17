package dev.ringzero.ebpf.maps;

import static dev.ringzero.ebpf.maps.LinuxKernelOracle.ours;
import static dev.ringzero.ebpf.maps.LittleEndian.u32;
import static dev.ringzero.ebpf.maps.LittleEndian.u64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.maps.LinuxKernelOracle.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same operations on a Linux kernel map (through bpftool, as root) and on a ringzero map give the same results and
 * values. Skipped where the kernel's maps are not available.
 */
class LinuxKernelOracleTest {

    @BeforeAll
    static void needsTheKernel() {
        Assumptions.assumeTrue(LinuxKernelOracle.available(), "needs root, bpftool and /sys/fs/bpf");
    }

    /** One step applied to both maps. */
    private interface Step {
        Outcome kernel(LinuxKernelOracle kernel) throws Exception;

        Outcome ringzero(BpfMap map);
    }

    private static Step update(byte[] key, byte[] value, UpdateMode mode) {
        return new Step() {
            public Outcome kernel(LinuxKernelOracle kernel) throws Exception {
                return kernel.update(key, value, mode);
            }

            public Outcome ringzero(BpfMap map) {
                return ours(map.update(key, value, mode.flag()));
            }
        };
    }

    private static Step lookup(byte[] key) {
        return new Step() {
            public Outcome kernel(LinuxKernelOracle kernel) throws Exception {
                return kernel.lookup(key);
            }

            public Outcome ringzero(BpfMap map) {
                return ours(map.lookup(key));
            }
        };
    }

    private static Step delete(byte[] key) {
        return new Step() {
            public Outcome kernel(LinuxKernelOracle kernel) throws Exception {
                return kernel.delete(key);
            }

            public Outcome ringzero(BpfMap map) {
                return ours(map.delete(key));
            }
        };
    }

    private static Step push(byte[] value) {
        return new Step() {
            public Outcome kernel(LinuxKernelOracle kernel) throws Exception {
                return kernel.push(value);
            }

            public Outcome ringzero(BpfMap map) {
                return ours(map.update(null, value, 0));
            }
        };
    }

    private static Step pop() {
        return new Step() {
            public Outcome kernel(LinuxKernelOracle kernel) throws Exception {
                return kernel.pop();
            }

            public Outcome ringzero(BpfMap map) {
                return ours(((QueueStackBase) map).pop());
            }
        };
    }

    private static Step peek() {
        return new Step() {
            public Outcome kernel(LinuxKernelOracle kernel) throws Exception {
                return kernel.peek();
            }

            public Outcome ringzero(BpfMap map) {
                return ours(map.lookup(null));
            }
        };
    }

    private static void assertSameOutcomes(MapSpec spec, List<Step> steps) throws Exception {
        BpfMap map = BpfMaps.create(spec);
        List<Outcome> kernelOutcomes = new ArrayList<>();
        List<Outcome> ringzeroOutcomes = new ArrayList<>();
        try (LinuxKernelOracle kernel = LinuxKernelOracle.create(spec)) {
            for (Step step : steps) {
                kernelOutcomes.add(step.kernel(kernel));
                ringzeroOutcomes.add(step.ringzero(map));
            }
        }
        assertThat(kernelOutcomes).extracting(Outcome::result).contains("OK").anyMatch(result -> !result.equals("OK"));
        assertThat(kernelOutcomes).extracting(Outcome::value).anyMatch(value -> !value.isEmpty());
        assertThat(ringzeroOutcomes).isEqualTo(kernelOutcomes);
    }

    @Test
    void hashFlagsFullnessAndDeletesMatchTheKernel() throws Exception {
        assertSameOutcomes(MapSpec.of("rz_hash", MapType.HASH, 4, 8, 2), List.of(
                update(u32(1), u64(10), UpdateMode.NOEXIST),
                update(u32(1), u64(11), UpdateMode.NOEXIST),
                update(u32(2), u64(20), UpdateMode.EXIST),
                update(u32(2), u64(20), UpdateMode.ANY),
                update(u32(3), u64(30), UpdateMode.ANY),
                update(u32(3), u64(30), UpdateMode.NOEXIST),
                update(u32(1), u64(12), UpdateMode.ANY),
                update(u32(1), u64(13), UpdateMode.EXIST),
                lookup(u32(1)),
                lookup(u32(3)),
                delete(u32(3)),
                delete(u32(1)),
                lookup(u32(1)),
                update(u32(3), u64(30), UpdateMode.ANY),
                lookup(u32(3))));
    }

    @Test
    void arrayFlagsRangeAndDeletesMatchTheKernel() throws Exception {
        assertSameOutcomes(MapSpec.of("rz_array", MapType.ARRAY, 4, 8, 2), List.of(
                lookup(u32(0)),
                update(u32(0), u64(5), UpdateMode.NOEXIST),
                update(u32(0), u64(5), UpdateMode.EXIST),
                update(u32(1), u64(6), UpdateMode.ANY),
                update(u32(2), u64(7), UpdateMode.ANY),
                update(u32(2), u64(7), UpdateMode.NOEXIST),
                lookup(u32(0)),
                lookup(u32(1)),
                lookup(u32(2)),
                delete(u32(0)),
                delete(u32(5))));
    }

    @Test
    void lruHashFlagsMatchTheKernel() throws Exception {
        assertSameOutcomes(MapSpec.of("rz_lru", MapType.LRU_HASH, 4, 8, 64), List.of(
                update(u32(1), u64(10), UpdateMode.NOEXIST),
                update(u32(1), u64(11), UpdateMode.NOEXIST),
                update(u32(2), u64(20), UpdateMode.EXIST),
                lookup(u32(1)),
                delete(u32(2)),
                delete(u32(1)),
                lookup(u32(1))));
    }

    @Test
    void queueOrderFullnessAndEmptinessMatchTheKernel() throws Exception {
        assertSameOutcomes(MapSpec.of("rz_queue", MapType.QUEUE, 0, 8, 3), List.of(
                pop(),
                peek(),
                push(u64(1)),
                push(u64(2)),
                push(u64(3)),
                push(u64(4)),
                peek(),
                pop(),
                pop(),
                push(u64(5)),
                pop(),
                pop(),
                pop()));
    }

    @Test
    void stackOrderFullnessAndEmptinessMatchTheKernel() throws Exception {
        assertSameOutcomes(MapSpec.of("rz_stack", MapType.STACK, 0, 8, 3), List.of(
                pop(),
                push(u64(1)),
                push(u64(2)),
                push(u64(3)),
                push(u64(4)),
                peek(),
                pop(),
                push(u64(5)),
                pop(),
                pop(),
                pop(),
                pop()));
    }
}
