package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.ob.Caller;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadTableTest {
    private final ThreadTable table = ThreadTable.system();

    /**
     * A thread id that cannot exist: thread ids are below {@code /proc/sys/kernel/pid_max}. (Read in one
     * go: sysctl files answer a read at a non-zero offset with end-of-file, and {@code Files.readString}
     * reads a file whose size is 0 one byte first.)
     */
    static int absentThreadId() {
        try {
            return Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/kernel/pid_max")).getFirst().strip());
        } catch (IOException e) {
            throw new AssertionError("cannot read pid_max", e);
        }
    }

    @Test
    void findsAProcessLeaderWithItsOwner() {
        try (ChildProcess child = ChildProcess.sleeper()) {
            LinuxThread thread = table.find(child.pid()).orElseThrow();
            assertThat(thread.tgid()).isEqualTo(child.pid());
            assertThat(thread.name()).isEqualTo("sleep");
            assertThat(thread.realUid()).isEqualTo(Caller.ofThisProcess().uid());
        }
    }

    @Test
    void findsAThreadThatIsNotALeaderAndNamesItsProcess() {
        long pid = ProcessHandle.current().pid();
        int worker = table.threadsOf(pid).stream().filter(tid -> tid != pid).findFirst().orElseThrow();
        LinuxThread thread = table.find(worker).orElseThrow();
        assertThat(thread.tid()).isEqualTo(worker);
        assertThat(thread.tgid()).isEqualTo(pid);
    }

    @Test
    void aThreadIdNoThreadHasFindsNothing() {
        assertThat(table.find(absentThreadId())).isEmpty();
    }

    @Test
    void idsOutsideThePositiveIntRangeFindNothing() {
        assertThat(table.find(0)).isEmpty();
        assertThat(table.find(-1)).isEmpty();
        assertThat(table.find(0xFFFF_FFFFL)).isEmpty();
    }

    @Test
    void threadsOfAProcessThatIsGoneAreNone() {
        assertThat(table.threadsOf(absentThreadId())).isEmpty();
    }

    @Test
    void aThreadIsOwnedByItsRealOrEffectiveUid() {
        LinuxThread setuid = new LinuxThread(10, 10, 1000, 0, "passwd");
        assertThat(setuid.isOwnedBy(1000)).isTrue();
        assertThat(setuid.isOwnedBy(0)).isTrue();
        assertThat(setuid.isOwnedBy(1001)).isFalse();
    }
}
