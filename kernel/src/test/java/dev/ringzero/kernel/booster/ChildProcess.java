package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.ob.Caller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** A real child process for tests to boost, killed on close. */
final class ChildProcess implements AutoCloseable {
    static final int NOBODY = 65534;
    private final Process process;

    private ChildProcess(Process process) {
        this.process = process;
    }

    /** {@code sleep 60}, a single-threaded process whose only thread id is its pid. */
    static ChildProcess sleeper() {
        return start(List.of("sleep", "60"), stat -> stat.name().equals("sleep"));
    }

    /** {@code sleep 60} running as uid/gid 65534 (nobody), started by setpriv; needs root. */
    static ChildProcess sleeperOfNobody() {
        return start(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "sleep", "60"),
                stat -> stat.name().equals("sleep") && stat.realUid() == NOBODY);
    }

    /** A JVM running {@code source} (a single-file program) from the source launcher: many threads. */
    static ChildProcess java(Path source) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return start(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", source.toString()),
                stat -> stat.name().equals("java"));
    }

    private static ChildProcess start(List<String> command, Predicate<ProcStatus> ready) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            ChildProcess child = new ChildProcess(process);
            child.awaitStatus(ready);
            return child;
        } catch (IOException e) {
            throw new AssertionError("cannot start " + command, e);
        }
    }

    int pid() {
        return Math.toIntExact(process.pid());
    }

    /** Waits (up to 20 s) until the process's status satisfies {@code ready}, e.g. after its exec. */
    void awaitStatus(Predicate<ProcStatus> ready) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (ProcStatus.read(Path.of("/proc", Integer.toString(pid()), "status")).filter(ready).isPresent()) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("child " + pid() + " exited with " + process.exitValue());
            }
            sleepBriefly();
        }
        throw new AssertionError("child " + pid() + " did not become ready");
    }

    /** Waits (up to 20 s) until the child runs more than one thread. */
    void awaitThreads() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (threads().size() < 2) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError("child " + pid() + " did not start its threads");
            }
            sleepBriefly();
        }
    }

    /** The thread ids of the child, leader first. */
    List<Integer> threads() {
        return ThreadTable.system().threadsOf(pid());
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean canRunAsNobody() {
        return isRoot() && onPath("setpriv");
    }

    /** Whether this process may put a thread on a real-time policy: {@code chrt -r 1 true} succeeds. */
    static boolean mayUseRealTime() {
        if (!holdsSysNice() || !onPath("chrt")) {
            return false;
        }
        try {
            return new ProcessBuilder("chrt", "-r", "1", "true").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether a user without any of this process's rights can run {@code program}: others may search
     * every directory on its path, and read and run it.
     */
    static boolean everyoneMayRun(Path program) {
        try {
            Path real = program.toRealPath();
            if (!Files.getPosixFilePermissions(real).containsAll(
                    Set.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE))) {
                return false;
            }
            for (Path directory = real.getParent(); directory != null; directory = directory.getParent()) {
                if (!Files.getPosixFilePermissions(directory).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String directory : path.split(":")) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    static boolean isRoot() {
        return Caller.ofThisProcess().isRoot();
    }

    /** Whether this process may raise priorities itself: CAP_SYS_NICE in its effective set. */
    static boolean holdsSysNice() {
        return ThreadTable.system().processStatus(ProcessHandle.current().pid())
                .map(ProcStatus::holdsSysNice).orElse(false);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
