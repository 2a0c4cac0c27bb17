package dev.ringzero.ebpf.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.elf.BpfObjectLoader;
import dev.ringzero.ebpf.hook.BindContexts;
import dev.ringzero.ebpf.hook.BindEvent;
import dev.ringzero.ebpf.hook.BindOperation;
import dev.ringzero.ebpf.hook.SimulatedBindEvents;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.vm.ProcessAttributes;
import dev.ringzero.ebpf.vm.TraceSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The article's TraceConnections program, compiled by clang, counts binds per process in its hash map. */
class TraceConnectionsTest {

    private static final Path OBJECT = Path.of(System.getProperty("ringzero.root", ".."), "examples/trace_connections.o");

    private static LoadedObject load() throws IOException {
        return ObjectLinker.link(BpfObjectLoader.load(OBJECT));
    }

    @Test
    void theObjectLinksForEbpfForWindowsWithItsHashMap() throws IOException {
        LoadedObject object = load();

        assertThat(object.platform()).isEqualTo(Platform.WINDOWS);
        assertThat(object.programs()).extracting(LoadedProgram::name).containsExactly("TraceConnections");
        assertThat(object.programs().getFirst().requireType().name()).isEqualTo("bind");
        LoadedMap procMap = object.map("proc_map").orElseThrow();
        assertThat(procMap.map().keySize()).isEqualTo(4);
        assertThat(procMap.map().valueSize()).isEqualTo(40);
        assertThat(procMap.map().maxEntries()).isEqualTo(1024);
    }

    @Test
    void everyBindIsCountedPerProcessWithTheFirst32BytesOfItsAppId() throws IOException {
        LoadedObject object = load();
        ProgramRunner runner = new ProgramRunner(object, object.programs().getFirst(), TraceSink.DISCARD);
        Map<Long, Integer> expected = new HashMap<>();
        Map<Long, String> names = new HashMap<>();

        List<BindEvent> events = new SimulatedBindEvents(7).stream(2000).toList();
        for (BindEvent event : events) {
            long verdict = runner.run(BindContexts.of(event), new ProcessAttributes((int) event.processId(),
                    (int) event.processId(), "test")).r0();
            assertThat(verdict).as("BIND_PERMIT").isZero();
            if (event.operation() == BindOperation.BIND) {
                expected.merge(event.processId(), 1, Integer::sum);
                String appId = event.appId();
                names.put(event.processId(), appId.substring(0, Math.min(32, appId.length())));
            }
        }

        var map = object.map("proc_map").orElseThrow().map();
        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((pid, count) -> {
            byte[] value = map.lookup(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(pid.intValue()).array())
                    .orElseThrow();
            ByteBuffer v = ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(v.getInt(0)).as("id").isEqualTo(pid.intValue());
            assertThat(cString(value, 4, 32)).as("name").isEqualTo(names.get(pid));
            assertThat(v.getInt(36)).as("count of pid " + pid).isEqualTo(count);
        });
    }

    @Test
    void theMapPrintsAsATableOfPidNameAndCount() throws IOException {
        LoadedObject object = load();
        ProgramRunner runner = new ProgramRunner(object, object.programs().getFirst(), TraceSink.DISCARD);
        var event = new BindEvent(812, "/usr/sbin/sshd", new java.net.InetSocketAddress(22), 6, BindOperation.BIND);
        runner.run(BindContexts.of(event), ProcessAttributes.NONE);
        runner.run(BindContexts.of(event), ProcessAttributes.NONE);

        MapTable table = MapTable.of(object.map("proc_map").orElseThrow(), object.object().btf());

        assertThat(table.lines()).containsExactly(
                "key   id  name            count",
                "===  ===  ==============  =====",
                "812  812  /usr/sbin/sshd      2");
    }

    private static String cString(byte[] bytes, int offset, int max) {
        int end = offset;
        while (end < offset + max && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }
}
