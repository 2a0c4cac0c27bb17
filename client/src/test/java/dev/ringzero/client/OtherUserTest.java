package dev.ringzero.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.security.auth.module.UnixSystem;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.Ace;
import dev.ringzero.kernel.abi.DataStackConfiguration;
import dev.ringzero.kernel.abi.SecurityDescriptor;
import dev.ringzero.kernel.abi.Trustee;
import dev.ringzero.kernel.daemon.SocketAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Identity comes from the OS: a process of another user (uid 65534, started by root through setpriv)
 * is that user to the daemon, whatever it sends, so the default DACL keeps it out and an explicit
 * descriptor lets it in. Needs root and setpriv; skipped elsewhere.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OtherUserTest {
    static final int NOBODY = 65534;

    @Test
    void anotherUsersProcessIsDeniedByTheDefaultDaclAndAdmittedByAnExplicitOne() throws Exception {
        assumeTrue(new UnixSystem().getUid() == 0, "needs root to start a process of another user");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv");
        Path dir = Files.createTempDirectory("rz-other-user", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        try (InProcessDaemon daemon = new InProcessDaemon(dir, SocketAccess.SHARED); DataStacks root = daemon.connect()) {
            DataStack privateStack = root.create("Global\\Private", DataStackConfiguration.UNLIMITED);
            DataStack sharedStack = root.create("Global\\Shared", DataStackConfiguration.UNLIMITED,
                    SecurityDescriptor.of(0, Ace.allow(Trustee.user(0), AccessMask.GENERIC_ALL),
                            Ace.allow(Trustee.everyone(), AccessMask.GENERIC_READ)), false);
            sharedStack.push(new byte[] {1});

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classPath = DaemonProcess.classPathOf(StrangerClient.class, DataStacks.class,
                    dev.ringzero.kernel.Kernel.class, Class.forName("dev.ringzero.ebpf.isa.Instruction"));
            Process stranger = new ProcessBuilder(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                    "--clear-groups", java, "-XX:TieredStopAtLevel=1", "-cp", classPath, StrangerClient.class.getName(),
                    daemon.socket().toString(), "Global\\Private", "Global\\Shared"))
                    .redirectErrorStream(true).start();
            String output = new String(stranger.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(stranger.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(output).isEqualTo("uid " + NOBODY + "\n"
                    + "Global\\Private STATUS_ACCESS_DENIED\n"
                    + "Global\\Shared opened, 1 items\n");
            privateStack.close();
            sharedStack.close();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
