package dev.ringzero.kernel.booster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriorityMappingTest {

    @ParameterizedTest(name = "Windows {0} -> nice {1}")
    @CsvSource({"1,19", "2,17", "3,14", "4,11", "5,9", "6,6", "7,3", "8,0", "9,-2", "10,-5", "11,-8",
            "12,-10", "13,-13", "14,-16", "15,-19"})
    void dynamicPrioritiesMapToNiceValuesByWinesFormula(int priority, int nice) {
        assertThat(PriorityMapping.toLinux(priority)).isEqualTo(new LinuxSchedule.Nice(nice));
    }

    @ParameterizedTest(name = "Windows {0} -> SCHED_RR {1}")
    @CsvSource({"16,1", "24,9", "26,11", "31,16"})
    void realTimePrioritiesMapToRoundRobinBelowThreadedInterrupts(int priority, int rtPriority) {
        assertThat(PriorityMapping.toLinux(priority)).isEqualTo(new LinuxSchedule.RoundRobin(rtPriority));
    }

    @Test
    void normalPriorityIsNiceZero() {
        assertThat(PriorityMapping.toLinux(PriorityMapping.NORMAL_PRIORITY)).isEqualTo(new LinuxSchedule.Nice(0));
    }

    @Test
    void onlyPrioritiesAboveNormalNeedPrivilege() {
        assertThat(IntStream.rangeClosed(1, 31).filter(p -> PriorityMapping.toLinux(p).raisesAboveNormal()))
                .containsExactlyElementsOf(IntStream.rangeClosed(9, 31).boxed().toList());
    }

    @Test
    void everyPriorityReadsBackAsItself() {
        for (int priority = 1; priority <= 31; priority++) {
            int windows = switch (PriorityMapping.toLinux(priority)) {
                case LinuxSchedule.Nice nice -> PriorityMapping.toWindows(SchedPolicy.OTHER, nice.nice(), 0);
                case LinuxSchedule.RoundRobin rr -> PriorityMapping.toWindows(SchedPolicy.RR, 0, rr.rtPriority());
            };
            assertThat(windows).as("priority %d", priority).isEqualTo(priority);
        }
    }

    @ParameterizedTest(name = "nice {0} reads as {1}")
    @CsvSource({"-20,15", "1,8", "-1,8", "18,1", "10,4", "19,1"})
    void niceValuesOutsideTheTableReadAsTheNearestPriority(int nice, int priority) {
        assertThat(PriorityMapping.toWindows(SchedPolicy.OTHER, nice, 0)).isEqualTo(priority);
    }

    @Test
    void otherPoliciesReadAsTheEndsOfTheirBands() {
        assertThat(PriorityMapping.toWindows(SchedPolicy.FIFO, 0, 99)).isEqualTo(31);
        assertThat(PriorityMapping.toWindows(SchedPolicy.FIFO, 0, 1)).isEqualTo(16);
        assertThat(PriorityMapping.toWindows(SchedPolicy.DEADLINE, 0, 0)).isEqualTo(31);
        assertThat(PriorityMapping.toWindows(SchedPolicy.IDLE, 0, 0)).isEqualTo(1);
        assertThat(PriorityMapping.toWindows(SchedPolicy.BATCH, 0, 0)).isEqualTo(8);
        assertThat(PriorityMapping.toWindows(SchedPolicy.EXT, -5, 0)).isEqualTo(10);
    }

    @Test
    void prioritiesOutsideOneToThirtyOneAreRejected() {
        assertThatThrownBy(() -> PriorityMapping.toLinux(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 is outside 1..31");
        assertThatThrownBy(() -> PriorityMapping.toLinux(32)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 is outside 1..31");
    }

    @Test
    void schedPolicyIgnoresResetOnForkAndRejectsUnknownNumbers() {
        assertThat(SchedPolicy.fromNumber(2 | SchedPolicy.RESET_ON_FORK)).isEqualTo(SchedPolicy.RR);
        assertThatThrownBy(() -> SchedPolicy.fromNumber(8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown Linux scheduling policy 8");
    }
}
