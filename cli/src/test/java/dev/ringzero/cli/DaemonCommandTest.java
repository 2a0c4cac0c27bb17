package dev.ringzero.cli;

import static dev.ringzero.cli.RzRunner.rz;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code rz daemon} as its own process, used by {@code rz ds} commands of another process. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DaemonCommandTest {
    @TempDir
    Path dir;

    static Process startDaemon(Path socket) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process daemon = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Rz.class.getName(), "daemon", "--socket", socket.toString()))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8));
        String first = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        assertThat(first).startsWith("rz daemon: listening on " + socket);
        return daemon;
    }

    @Test
    void aStackCreatedThroughTheDaemonProcessIsUsedByLaterCommands() throws Exception {
        Path socket = dir.resolve("kernel.sock");
        Process daemon = startDaemon(socket);
        try {
            assertThat(rz("ds", "create", "Queue", "--socket", socket.toString()).exitCode()).isZero();
            assertThat(rz("ds", "push", "Queue", "job 1", "--socket", socket.toString()).exitCode()).isZero();
            assertThat(rz("ds", "pop", "Queue", "--socket", socket.toString()).out()).isEqualTo("job 1\n");
        } finally {
            daemon.destroy();
            assertThat(daemon.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(socket).doesNotExist();
    }

    @Test
    void aSecondDaemonOnTheSameSocketIsRefused() throws Exception {
        Path socket = dir.resolve("kernel.sock");
        Process daemon = startDaemon(socket);
        try {
            RzRunner second = rz("daemon", "--socket", socket.toString());
            assertThat(second.exitCode()).isEqualTo(2);
            assertThat(second.err()).isEqualTo("rz daemon: a ringzero daemon is already listening at " + socket + "\n");
        } finally {
            daemon.destroy();
            daemon.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
