package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.abi.NtStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A kernel (embedded or daemon) that runs without CAP_SYS_NICE cannot do what its policy allows a
 * root caller: Linux refuses, and the refusal must come back as a status, never as a silent no-op.
 * The kernel runs in a child JVM as nobody, with RLIMIT_NICE and RLIMIT_RTPRIO at 0.
 */
class UnprivilegedKernelTest {
    private static final String ROOT_UID = "0";

    @TempDir
    static Path classes;

    @BeforeAll
    static void copyTheClassesWhereNobodyCanReadThem() throws IOException, URISyntaxException {
        assumeTrue(ChildProcess.canRunAsNobody() && ChildProcess.onPath("prlimit"),
                "needs root, setpriv and prlimit to run a JVM as another user");
        assumeTrue(ChildProcess.everyoneMayRun(javaLauncher()), "user nobody cannot run " + javaLauncher());
        copyTree(location(BoosterDevice.class), classes);
        copyTree(location(UnprivilegedKernel.class), classes);
        try (Stream<Path> all = Files.walk(classes)) {
            for (Path path : all.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    @Test
    void anotherUsersThreadRefusedByLinuxIsAccessDenied() {
        try (ChildProcess rootsThread = ChildProcess.sleeper()) {
            TaskStat before = TaskStat.of(rootsThread.pid(), rootsThread.pid());

            assertThat(writeAsNobodyKernel(ROOT_UID, rootsThread.pid(), 4)).isEqualTo(NtStatus.ACCESS_DENIED);
            assertThat(TaskStat.of(rootsThread.pid(), rootsThread.pid())).isEqualTo(before);
        }
    }

    @Test
    void raisingAboveNormalRefusedByLinuxIsPrivilegeNotHeld() {
        try (ChildProcess ownThread = ChildProcess.sleeperOfNobody()) {
            assertThat(writeAsNobodyKernel(ROOT_UID, ownThread.pid(), 12)).isEqualTo(NtStatus.PRIVILEGE_NOT_HELD);
            assertThat(TaskStat.of(ownThread.pid(), ownThread.pid()).nice()).isNotNegative();
        }
    }

    @Test
    void realTimeRefusedByLinuxIsPrivilegeNotHeld() {
        try (ChildProcess ownThread = ChildProcess.sleeperOfNobody()) {
            assertThat(writeAsNobodyKernel(ROOT_UID, ownThread.pid(), 20)).isEqualTo(NtStatus.PRIVILEGE_NOT_HELD);
            assertThat(TaskStat.of(ownThread.pid(), ownThread.pid()).policy()).isEqualTo(SchedPolicy.OTHER.number());
        }
    }

    @Test
    void whatLinuxAllowsAnUnprivilegedKernelStillWorks() {
        try (ChildProcess ownThread = ChildProcess.sleeperOfNobody()) {
            assertThat(writeAsNobodyKernel(ROOT_UID, ownThread.pid(), 3)).isEqualTo(NtStatus.SUCCESS);
            assertThat(TaskStat.of(ownThread.pid(), ownThread.pid()).nice()).isEqualTo(14);
        }
    }

    private static NtStatus writeAsNobodyKernel(String callerUid, int tid, int priority) {
        String java = javaLauncher().toString();
        List<String> command = new ArrayList<>(List.of("prlimit", "--nice=0:0", "--rtprio=0:0",
                "setpriv", "--reuid=" + ChildProcess.NOBODY, "--regid=" + ChildProcess.NOBODY, "--clear-groups",
                java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                "-cp", classes.toString(), UnprivilegedKernel.class.getName(),
                callerUid, Integer.toString(tid), Integer.toString(priority)));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.waitFor()).as("exit of %s: %s", command, output).isZero();
            return NtStatus.valueOf(output.lines().reduce((first, last) -> last).orElseThrow());
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Path javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".class")).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
