package dev.ringzero.kernel.booster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Looks threads up in {@code /proc}: a thread id exists iff {@code /proc/<tid>} exists (the kernel
 * resolves any thread id there, not only process leaders; {@code /proc/<tgid>/task/<tid>} lists them).
 */
public final class ThreadTable {
    private final Path proc;

    public ThreadTable(Path proc) {
        this.proc = proc;
    }

    /** The table of this machine's {@code /proc}. */
    public static ThreadTable system() {
        return new ThreadTable(Path.of("/proc"));
    }

    /** The thread with this id, or empty when there is none (ids outside 1..2^31-1 never exist). */
    public Optional<LinuxThread> find(long tid) {
        if (tid <= 0 || tid > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return ProcStatus.read(proc.resolve(Long.toString(tid)).resolve("status"))
                .filter(status -> status.pid() == tid)
                .map(status -> new LinuxThread((int) tid, status.tgid(), status.realUid(),
                        status.effectiveUid(), status.name()));
    }

    /** The ids of the threads of a process, in ascending order; empty when the process is gone. */
    public List<Integer> threadsOf(long pid) {
        Path tasks = proc.resolve(Long.toString(pid)).resolve("task");
        try (Stream<Path> entries = Files.list(tasks)) {
            return entries.map(path -> path.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Integer::valueOf)
                    .sorted()
                    .toList();
        } catch (NoSuchFileException gone) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + tasks, e);
        }
    }

    /**
     * The name of a thread of a process as the raw bytes of its {@code comm} file (without the
     * newline; at most 15 bytes, possibly cut inside a UTF-8 character), or empty when it is gone.
     */
    public Optional<byte[]> threadComm(long pid, int tid) {
        Path comm = proc.resolve(Long.toString(pid)).resolve("task").resolve(Integer.toString(tid)).resolve("comm");
        try {
            byte[] bytes = Files.readAllBytes(comm);
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\n' ? bytes.length - 1 : bytes.length;
            return Optional.of(Arrays.copyOf(bytes, length));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + comm, e);
        }
    }

    /** The status of a process, or empty when it is gone. */
    public Optional<ProcStatus> processStatus(long pid) {
        return ProcStatus.read(proc.resolve(Long.toString(pid)).resolve("status"));
    }
}
