package dev.ringzero.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.DataStackConfiguration;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A daemon running in its own JVM, driven by clients of this one: the deployment shape of ringzero. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DaemonProcessTest {
    static final DataStackConfiguration ARTICLE_LIMITS = new DataStackConfiguration(0, 100, 10 << 20);

    @TempDir
    Path dir;

    @Test
    void theArticlesPusherAndPopperTalkThroughASeparateDaemonProcess() throws Exception {
        try (DaemonProcess daemon = DaemonProcess.start(dir.resolve("kernel.sock"));
             DataStacks pusherProcess = DataStacks.connect(daemon.socket);
             DataStacks popperProcess = DataStacks.connect(daemon.socket);
             DataStack pusher = pusherProcess.create("MyDataStack", ARTICLE_LIMITS)) {
            CompletableFuture<List<String>> popper = CompletableFuture.supplyAsync(() -> {
                List<String> seen = new ArrayList<>();
                try (DataStack h = popperProcess.create("MyDataStack", ARTICLE_LIMITS)) {
                    assertThat(h.alreadyExisted()).isTrue();
                    while (seen.size() < 12 && h.await(Duration.ofSeconds(10))) {
                        h.pop().ifPresent(b -> seen.add(b.length == 4
                                ? Integer.toString(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt())
                                : new String(b, 0, b.length - 1, StandardCharsets.US_ASCII)));
                    }
                }
                return seen;
            });
            pusher.push("Hello, data stack!\0".getBytes(StandardCharsets.US_ASCII));
            pusher.push("Pushing another string...\0".getBytes(StandardCharsets.US_ASCII));
            for (int i = 1; i <= 10; i++) {
                pusher.push(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(i).array());
            }
            assertThat(popper.get(30, TimeUnit.SECONDS)).containsExactlyInAnyOrder("Hello, data stack!",
                    "Pushing another string...", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        }
    }

    @Test
    void aStoppedDaemonRemovesItsSocketAndItsClientsFailClearly() throws Exception {
        DaemonProcess daemon = DaemonProcess.start(dir.resolve("kernel.sock"));
        try (DataStacks client = DataStacks.connect(daemon.socket)) {
            DataStack ds = client.create("Gone", DataStackConfiguration.UNLIMITED);
            ds.push(new byte[] {1});
            assertThat(daemon.stop()).isIn(0, 143);
            assertThat(daemon.socket).doesNotExist();
            assertThatThrownBy(() -> ds.push(new byte[] {2})).isInstanceOf(DaemonConnectionException.class);
            assertThatThrownBy(() -> DataStacks.connect(daemon.socket)).isInstanceOf(DaemonUnavailableException.class);
        }
    }

    @Test
    void aSecondClientSeesWhatTheFirstLeftInAStackItKeeps() throws Exception {
        try (DaemonProcess daemon = DaemonProcess.start(dir.resolve("kernel.sock"))) {
            try (SocketTransport first = SocketTransport.connect(daemon.socket)) {
                DataStack ds = DataStacks.over(first).create("Left", DataStackConfiguration.UNLIMITED);
                ds.push("still here".getBytes(StandardCharsets.UTF_8));
                new DaemonControl(first).keep(ds);
            }
            try (DataStacks second = DataStacks.connect(daemon.socket);
                 DataStack ds = second.open("Left", AccessMask.GENERIC_WRITE)) {
                assertThat(ds.pop()).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("still here"));
            }
        }
    }
}
