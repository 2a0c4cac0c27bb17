package dev.ringzero.cli;

import static dev.ringzero.cli.RzRunner.rz;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.daemon.DaemonServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code rz ds} and {@code rz obj} against a real daemon on a temporary socket. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DsCommandTest {
    @TempDir
    Path dir;
    DaemonServer daemon;
    String socket;

    @BeforeEach
    void start() throws IOException {
        daemon = DaemonServer.start(Kernel.embedded(), dir.resolve("kernel.sock"));
        socket = daemon.socketPath().toString();
    }

    @AfterEach
    void stop() {
        daemon.close();
    }

    RzRunner ds(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "ds";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--socket";
        full[args.length + 2] = socket;
        return rz(full);
    }

    /** The daemon notices a hang-up asynchronously. */
    void awaitNoConnections() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (daemon.connectionCount() != 0) {
            assertThat(System.nanoTime()).as("connections closed within 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void aCreatedStackOutlivesTheCommandThatCreatedIt() {
        RzRunner created = ds("create", "Jobs", "--max-count", "3");
        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).startsWith("created DataStack Jobs: 0 items");
        awaitNoConnections();
        assertThat(ds("info", "Jobs").out()).contains("items:         0", "max count:     3 items", "max item size: unlimited");
    }

    @Test
    void creatingAnExistingStackSaysItAlreadyExisted() {
        ds("create", "Twice");
        assertThat(ds("create", "Twice").out()).startsWith("opened existing DataStack Twice (ERROR_ALREADY_EXISTS)");
    }

    @Test
    void pushedTextIsPoppedBackLastInFirstOut() {
        ds("create", "Words");
        assertThat(ds("push", "Words", "first").out()).isEqualTo("pushed 5 bytes onto Words\n");
        ds("push", "Words", "second");
        assertThat(ds("pop", "Words").out()).isEqualTo("second\n");
        assertThat(ds("pop", "Words").out()).isEqualTo("first\n");
    }

    @Test
    void binaryItemsArePushedAsHexAndShownAsHex() throws IOException {
        ds("create", "Bytes");
        Path file = Files.write(dir.resolve("item.bin"), new byte[] {1, 2});
        ds("push", "Bytes", "--hex", "00ff10");
        ds("push", "Bytes", "--file", file.toString());
        assertThat(ds("pop", "Bytes").out()).isEqualTo("hex: 0102\n");
        assertThat(ds("pop", "Bytes").out()).isEqualTo("hex: 00ff10\n");
    }

    @Test
    void anItemMustBeGivenExactlyOneWay() {
        ds("create", "Strict");
        RzRunner both = ds("push", "Strict", "text", "--hex", "00");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("give the item exactly one way");
    }

    @Test
    void poppingAnEmptyStackIsExitCodeOneWithErrorNoData() {
        ds("create", "Empty");
        RzRunner pop = ds("pop", "Empty");
        assertThat(pop.exitCode()).isEqualTo(1);
        assertThat(pop.err()).isEqualTo("rz ds: Empty is empty (ERROR_NO_DATA 232)\n");
    }

    @Test
    void popWithWaitReturnsTheItemPushedWhileItWaits() throws Exception {
        ds("create", "Later");
        CompletableFuture<RzRunner> pop = CompletableFuture.supplyAsync(() -> ds("pop", "Later", "--wait", "20000"));
        Thread.sleep(200);
        ds("push", "Later", "arrived");
        RzRunner popped = pop.get(20, TimeUnit.SECONDS);
        assertThat(popped.exitCode()).isZero();
        assertThat(popped.out()).isEqualTo("arrived\n");
    }

    @Test
    void waitTimesOutOnAnEmptyStackAndIsSignalledOnAFullOne() {
        ds("create", "Signal");
        RzRunner timedOut = ds("wait", "Signal", "--timeout", "50");
        assertThat(timedOut.exitCode()).isEqualTo(1);
        assertThat(timedOut.out()).contains("timed out after 50 ms (WAIT_TIMEOUT)");
        ds("push", "Signal", "x");
        RzRunner signalled = ds("wait", "Signal", "--timeout", "50");
        assertThat(signalled.exitCode()).isZero();
        assertThat(signalled.out()).isEqualTo("Signal: signalled (1 items)\n");
    }

    @Test
    void clearEmptiesTheStack() {
        ds("create", "Full");
        ds("push", "Full", "a");
        ds("push", "Full", "b");
        assertThat(ds("clear", "Full").out()).isEqualTo("cleared Full\n");
        assertThat(ds("info", "Full").out()).contains("items:         0");
    }

    @Test
    void kernelRefusalsShowTheStatusAndWin32Error() {
        RzRunner missing = ds("open", "Missing");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("STATUS_OBJECT_NAME_NOT_FOUND", "Win32 error 2");
        ds("create", "Small", "--max-count", "1");
        ds("push", "Small", "one");
        assertThat(ds("push", "Small", "two").err()).contains("STATUS_NO_MORE_ENTRIES");
    }

    @Test
    void withoutADaemonEveryCommandSaysHowToStartOne() {
        Path nowhere = dir.resolve("nowhere.sock");
        RzRunner r = rz("ds", "info", "X", "--socket", nowhere.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("rz ds: no ringzero daemon at " + nowhere + " (start one with: rz daemon)\n");
    }

    @Test
    void objLsShowsTypesLinksAndItemCounts() {
        ds("create", "Listed");
        ds("push", "Listed", "one");
        RzRunner ls = rz("obj", "ls", "\\BaseNamedObjects", "--socket", socket);
        assertThat(ls.exitCode()).isZero();
        assertThat(ls.out()).containsPattern("Global +SymbolicLink +-> \\\\BaseNamedObjects")
                .containsPattern("Listed +DataStack +1 item\n");
        assertThat(rz("obj", "ls", "--socket", socket).out()).containsPattern("ObjectTypes +Directory");
    }

    @Test
    void objHandlesShowsTheDaemonHoldingCreatedStacks() {
        ds("create", "Held");
        RzRunner handles = rz("obj", "handles", "--socket", socket);
        assertThat(handles.exitCode()).isZero();
        assertThat(handles.out()).containsPattern("daemon  pid \\d+  uid \\d+")
                .containsPattern("0x4 +DataStack +Held +0x001F000F");
    }

    @Test
    void theArticlesTestProgramRunsAPusherAndAWaitingPopperProcess() {
        RzRunner test = ds("test", "--name", "ArticleTest");
        assertThat(test.exitCode()).as(test.out()).isZero();
        assertThat(test.out()).containsPattern("\\[popper pid \\d+\\] created ArticleTest; waiting on it")
                .containsPattern("\\[pusher pid \\d+\\] pushed \"Hello, data stack!\"")
                .containsPattern("\\[popper pid \\d+\\] popped 10")
                .containsPattern("\\[popper pid \\d+\\] popped all 12 items");
    }

    @Test
    void theBenchPrintsRingzeroRowsWithoutRedis() {
        RzRunner bench = rz("ds", "bench", "--seconds", "0.2", "--no-redis");
        assertThat(bench.exitCode()).isZero();
        assertThat(bench.out()).contains("in-process, 1 thread", "socket, 1 client", "socket, 16 clients",
                "socket, 16 clients x 16 pipelined", "Redis not measured (--no-redis).");
    }
}
