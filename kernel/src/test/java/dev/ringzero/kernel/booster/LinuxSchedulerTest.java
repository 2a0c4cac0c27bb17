package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.booster.internal.Errno;
import dev.ringzero.kernel.booster.internal.LinuxCallException;
import dev.ringzero.kernel.booster.internal.LinuxScheduler;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LinuxSchedulerTest {
    private final LinuxScheduler scheduler = LinuxScheduler.system();

    @Test
    void gettidIsTheIdOfProcThreadSelf() throws Exception {
        Path threadSelf = Files.readSymbolicLink(Path.of("/proc/thread-self"));
        assertThat(scheduler.gettid()).isEqualTo(Integer.parseInt(threadSelf.getFileName().toString()));
    }

    @Test
    void gettidDiffersBetweenThreads() throws Exception {
        int[] other = new int[1];
        Thread thread = Thread.ofPlatform().start(() -> other[0] = scheduler.gettid());
        thread.join();
        assertThat(other[0]).isPositive().isNotEqualTo(scheduler.gettid());
    }

    @Test
    void setNiceChangesTheNiceValueOfOneChildThread() {
        try (ChildProcess child = ChildProcess.sleeper()) {
            scheduler.setNice(child.pid(), 7);
            assertThat(scheduler.nice(child.pid())).isEqualTo(7);
            assertThat(TaskStat.of(child.pid(), child.pid()).nice()).isEqualTo(7);
        }
    }

    @Test
    void setSchedulerPutsAChildThreadOnRoundRobin() {
        assumeTrue(ChildProcess.mayUseRealTime(), "this process may not use real-time policies");
        try (ChildProcess child = ChildProcess.sleeper()) {
            scheduler.setScheduler(child.pid(), SchedPolicy.RR.number(), 3);
            assertThat(scheduler.scheduler(child.pid())).isEqualTo(SchedPolicy.RR.number());
            assertThat(scheduler.rtPriority(child.pid())).isEqualTo(3);
            assertThat(TaskStat.of(child.pid(), child.pid())).isEqualTo(new TaskStat(0, 3, SchedPolicy.RR.number()));
        }
    }

    @Test
    void aThreadThatDoesNotExistFailsWithEsrch() {
        int absent = ThreadTableTest.absentThreadId();
        assertThatThrownBy(() -> scheduler.nice(absent)).isInstanceOfSatisfying(LinuxCallException.class,
                e -> assertThat(e.errno()).isEqualTo(Errno.ESRCH));
        assertThatThrownBy(() -> scheduler.setScheduler(absent, 0, 0)).isInstanceOfSatisfying(LinuxCallException.class,
                e -> assertThat(e.getMessage()).isEqualTo("sched_setscheduler(" + absent + ", 0, {0}) failed: ESRCH"));
    }

    @Test
    void anInvalidRealTimePriorityFailsWithEinval() {
        try (ChildProcess child = ChildProcess.sleeper()) {
            assertThatThrownBy(() -> scheduler.setScheduler(child.pid(), SchedPolicy.RR.number(), 100))
                    .isInstanceOfSatisfying(LinuxCallException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EINVAL));
        }
    }
}
