package dev.ringzero.kernel.ob;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The embedded transport's identity comes from the operating system. */
class CallerTest {
    /** The real id (first column) of a "Uid:" or "Gid:" line of /proc/self/status. */
    static int realId(String field) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Integer.parseInt(line.substring(field.length() + 1).trim().split("\\s+")[0]);
            }
        }
        throw new AssertionError("no " + field + " in /proc/self/status");
    }

    @Test
    void thisProcessHasTheRealUidGidAndPidOfTheJvm() throws Exception {
        Caller me = Caller.ofThisProcess();
        assertThat(me.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(me.uid()).isEqualTo(realId("Uid"));
        assertThat(me.gid()).isEqualTo(realId("Gid"));
        assertThat(me.session()).isNotNegative();
    }
}
