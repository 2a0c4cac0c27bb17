package dev.ringzero.client;

import static dev.ringzero.client.InProcessDaemon.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.security.auth.module.UnixSystem;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.DataStackAccess;
import dev.ringzero.kernel.abi.DataStackConfiguration;
import dev.ringzero.kernel.abi.IoCall;
import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The client API over a real daemon socket: each {@link DataStacks#connect} is one client process. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SocketDataStacksTest {
    static final DataStackConfiguration UNLIMITED = DataStackConfiguration.UNLIMITED;

    @TempDir
    Path dir;
    InProcessDaemon daemon;

    InProcessDaemon daemon() {
        if (daemon == null) {
            daemon = new InProcessDaemon(dir);
        }
        return daemon;
    }

    @AfterEach
    void stop() {
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void pushThenPopOverTheSocketReturnsTheItem() {
        try (DataStacks stacks = daemon().connect(); DataStack ds = stacks.create("MyDataStack", UNLIMITED)) {
            ds.push("Hello, data stack!".getBytes(StandardCharsets.UTF_8));
            assertThat(ds.pop()).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8))
                    .isEqualTo("Hello, data stack!"));
            assertThat(ds.pop()).isEmpty();
        }
    }

    @Test
    void twoConnectionsShareAStackByName() {
        try (DataStacks first = daemon().connect(); DataStacks second = daemon().connect();
             DataStack created = first.create("Shared", UNLIMITED);
             DataStack opened = second.open("Shared", AccessMask.GENERIC_READ | AccessMask.GENERIC_WRITE)) {
            created.push(new byte[] {1, 2, 3});
            assertThat(opened.itemCount()).isEqualTo(1);
            assertThat(opened.pop()).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
            assertThat(created.itemCount()).isZero();
        }
    }

    @Test
    void theDaemonKnowsTheClientByItsSocketCredentials() {
        try (DataStacks stacks = daemon().connect()) {
            UnixSystem me = new UnixSystem();
            ProcessInformation info = stacks.nativeApi().ntQueryProcess();
            assertThat(info.uid()).isEqualTo((int) me.getUid());
            assertThat(info.gid()).isEqualTo((int) me.getGid());
        }
    }

    @Test
    void kernelErrorsArriveWithTheirStatusAndWin32Error() {
        try (DataStacks stacks = daemon().connect()) {
            NtStatusException e = org.junit.jupiter.api.Assertions.assertThrows(NtStatusException.class,
                    () -> stacks.open("Missing", DataStackAccess.QUERY));
            assertThat(e.status()).isEqualTo(NtStatus.OBJECT_NAME_NOT_FOUND);
            assertThat(e.win32Error()).isEqualTo(2);
        }
    }

    @Test
    void aPopperWaitingOnTheStackWakesWhenAnotherConnectionPushes() throws Exception {
        try (DataStacks popperProcess = daemon().connect(); DataStacks pusherProcess = daemon().connect();
             DataStack popperSide = popperProcess.create("Wake", UNLIMITED)) {
            CompletableFuture<byte[]> popped = CompletableFuture.supplyAsync(() -> {
                popperSide.awaitForever();
                return popperSide.pop().orElseThrow();
            });
            Thread.sleep(100);
            assertThat(popped).isNotDone();
            try (DataStack pusherSide = pusherProcess.open("Wake", AccessMask.GENERIC_WRITE)) {
                pusherSide.push(new byte[] {42});
            }
            assertThat(popped.get(10, TimeUnit.SECONDS)).containsExactly(42);
        }
    }

    @Test
    void aThreadBlockedInAWaitDoesNotHoldUpOtherThreadsOnTheSameConnection() throws Exception {
        try (DataStacks stacks = daemon().connect(); DataStack ds = stacks.create("Busy", UNLIMITED)) {
            CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> ds.await(Duration.ofSeconds(20)));
            Thread.sleep(50);
            for (int i = 0; i < 100; i++) {
                assertThat(ds.itemCount()).isZero();
            }
            ds.push(new byte[] {1});
            assertThat(waiter.get(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void manyThreadsShareOneConnection() throws Exception {
        try (DataStacks stacks = daemon().connect(); DataStack ds = stacks.create("Threads", UNLIMITED)) {
            List<CompletableFuture<Void>> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                threads.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 500; i++) {
                        ds.push(new byte[] {7});
                    }
                }, r -> Thread.ofPlatform().start(r)));
            }
            CompletableFuture.allOf(threads.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            assertThat(ds.itemCount()).isEqualTo(4000);
        }
    }

    @Test
    void pipelinedRequestsComeBackInOrder() {
        try (SocketTransport transport = SocketTransport.connect(daemon().socket())) {
            List<byte[]> requests = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                requests.add(IoFrame.encodeRequest(new IoCall.QueryProcess().function(), 0, new byte[0]));
            }
            requests.add(IoFrame.encodeRequest(new IoCall.Close().function(), 4, new byte[0]));
            List<byte[]> replies = transport.roundTrips(requests);
            assertThat(replies).hasSize(17);
            assertThat(replies.subList(0, 16)).allSatisfy(r -> assertThat(IoFrame.decodeReply(r).status()).isZero());
            assertThat(IoFrame.decodeReply(replies.get(16)).status()).isEqualTo(NtStatus.INVALID_HANDLE.code());
        }
    }

    @Test
    void aLargeItemTravelsWhole() {
        try (DataStacks stacks = daemon().connect(); DataStack ds = stacks.create(null, UNLIMITED)) {
            byte[] big = new byte[4 << 20];
            for (int i = 0; i < big.length; i++) {
                big[i] = (byte) (i * 31);
            }
            ds.push(big);
            assertThat(ds.pop()).hasValueSatisfying(b -> assertThat(b).isEqualTo(big));
        }
    }

    @Test
    void closingTheConnectionClosesItsHandles() {
        InProcessDaemon d = daemon();
        DataStacks stacks = d.connect();
        stacks.create("Transient", UNLIMITED).push(new byte[] {1});
        assertThat(d.dataStackObjects()).isEqualTo(1);
        stacks.close();
        eventually(() -> d.dataStackObjects() == 0 && d.server.connectionCount() == 0, "the stack is deleted");
    }

    @Test
    void connectingWhereNoDaemonListensSaysHowToStartOne() {
        Path nowhere = dir.resolve("none.sock");
        assertThatThrownBy(() -> DataStacks.connect(nowhere))
                .isInstanceOf(DaemonUnavailableException.class)
                .hasMessage("no ringzero daemon at " + nowhere + " (start one with: rz daemon)");
    }

    @Test
    void callsFailClearlyOnceTheDaemonHasGone() {
        DataStacks stacks = daemon().connect();
        DataStack ds = stacks.create(null, UNLIMITED);
        daemon.close();
        assertThatThrownBy(() -> ds.push(new byte[] {1})).isInstanceOf(DaemonConnectionException.class);
        assertThatThrownBy(ds::itemCount).isInstanceOf(DaemonConnectionException.class);
    }

    @Test
    void aKeptStackOutlivesTheConnectionThatCreatedIt() {
        try (SocketTransport first = SocketTransport.connect(daemon().socket())) {
            DataStacks stacks = DataStacks.over(first);
            DataStack ds = stacks.create("Kept", UNLIMITED);
            ds.push(new byte[] {5});
            new DaemonControl(first).keep(ds);
        }
        try (DataStacks later = daemon().connect(); DataStack ds = later.open("Kept", AccessMask.GENERIC_WRITE)) {
            assertThat(ds.pop()).hasValueSatisfying(b -> assertThat(b).containsExactly(5));
        }
    }
}
