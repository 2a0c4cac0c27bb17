package dev.ringzero.client;

import static dev.ringzero.client.InProcessDaemon.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.kernel.abi.DataStackConfiguration;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A client process killed with SIGKILL in the middle of its pushes loses none it saw acknowledged. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KilledClientTest {
    @TempDir
    Path dir;

    @Test
    void everyPushAcknowledgedBeforeSigkillIsOnTheStackExactlyOnce() throws Exception {
        try (InProcessDaemon daemon = new InProcessDaemon(dir); DataStacks owner = daemon.connect();
             DataStack stack = owner.create("Survivor", DataStackConfiguration.UNLIMITED)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classPath = DaemonProcess.classPathOf(PushingClient.class, DataStacks.class,
                    dev.ringzero.kernel.Kernel.class, Class.forName("dev.ringzero.ebpf.isa.Instruction"));
            Process client = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", classPath,
                    PushingClient.class.getName(), daemon.socket().toString(), "Survivor")).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            List<Long> acknowledged = new ArrayList<>();
            while (acknowledged.size() < 2000) {
                String line = out.readLine();
                assertThat(line).as("the client's output").isNotNull();
                acknowledged.add(Long.parseLong(line));
            }
            client.toHandle().destroyForcibly(); // SIGKILL, keeping the output already written readable
            assertThat(client.waitFor(20, TimeUnit.SECONDS)).isTrue();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                acknowledged.add(Long.parseLong(line));
            }
            eventually(() -> daemon.server.connectionCount() == 1, "the killed client's connection is closed");

            Set<Long> onStack = new HashSet<>();
            for (Optional<byte[]> item = stack.pop(); item.isPresent(); item = stack.pop()) {
                assertThat(onStack.add(ByteBuffer.wrap(item.get()).getLong())).as("each item once").isTrue();
            }
            assertThat(onStack).containsAll(acknowledged);
            long last = acknowledged.getLast();
            assertThat(onStack).allSatisfy(id -> assertThat(id).isBetween(0L, last + 1));
        }
    }
}
