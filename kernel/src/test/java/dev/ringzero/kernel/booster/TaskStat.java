package dev.ringzero.kernel.booster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The scheduling fields of {@code /proc/<pid>/task/<tid>/stat}, read independently of the code under
 * test: nice is field 19, rt_priority field 40, policy field 41 (proc(5)). The name (field 2) may
 * hold spaces and parentheses, so fields are counted after the last ')'.
 */
record TaskStat(int nice, int rtPriority, int policy) {

    static TaskStat of(long pid, long tid) {
        Path stat = Path.of("/proc", Long.toString(pid), "task", Long.toString(tid), "stat");
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).strip().split(" ");
            return new TaskStat(field(fields, 19), field(fields, 40), field(fields, 41));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + stat, e);
        }
    }

    private static int field(String[] afterName, int number) {
        return Integer.parseInt(afterName[number - 3]);
    }
}
