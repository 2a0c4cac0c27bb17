package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.abi.NtStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the article's {@code boost} client prints for one request: {@code Success!!} or
 * {@code Error (N)} with the Win32 error N, then the thread's priority before and after when the
 * thread exists, e.g.
 * <pre>
 * Success!!
 * before: 8 (SCHED_OTHER, nice 0)
 * after: 26 (SCHED_RR, rt priority 11)
 * </pre>
 */
public record BoostReport(NtStatus status, Optional<ThreadPriority> before, Optional<ThreadPriority> after) {

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(status.isSuccess() ? "Success!!" : "Error (" + status.win32Error() + ")");
        before.ifPresent(priority -> lines.add("before: " + priority.describe()));
        after.ifPresent(priority -> lines.add("after: " + priority.describe()));
        return lines;
    }

    /** The lines, each ended by a newline. */
    public String text() {
        return String.join("\n", lines()) + "\n";
    }

    /** 0 on success, 1 on failure (the article's client returns 0 either way; a script wants to know). */
    public int exitCode() {
        return status.isSuccess() ? 0 : 1;
    }
}
