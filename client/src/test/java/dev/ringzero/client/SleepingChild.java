package dev.ringzero.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code sleep 60} child: one real thread (its tid is its pid) to boost, with its scheduling read
 * back from {@code /proc/<pid>/stat} independently of the code under test (nice: field 19,
 * rt_priority: 40, policy: 41).
 */
final class SleepingChild implements AutoCloseable {
    private final Process process;

    SleepingChild() throws IOException, InterruptedException {
        process = new ProcessBuilder("sleep", "60").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!Files.readString(Path.of("/proc", Long.toString(process.pid()), "comm")).strip().equals("sleep")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("sleep did not start");
            }
            Thread.sleep(5);
        }
    }

    int tid() {
        return Math.toIntExact(process.pid());
    }

    int nice() throws IOException {
        return field(19);
    }

    int rtPriority() throws IOException {
        return field(40);
    }

    /** 0 SCHED_OTHER, 1 SCHED_FIFO, 2 SCHED_RR. */
    int policy() throws IOException {
        return field(41);
    }

    private int field(int number) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ")[number - 3]);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
