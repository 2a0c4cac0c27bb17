package dev.ringzero.kernel.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.security.auth.module.UnixSystem;
import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.DataStackAccess;
import dev.ringzero.kernel.abi.EventAccess;
import dev.ringzero.kernel.abi.EventType;
import dev.ringzero.kernel.abi.IoCall;
import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.abi.IoOutput;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.abi.WireWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class DaemonServerTest {
    @TempDir
    Path dir;
    Path socket;
    Kernel kernel;
    DaemonServer daemon;

    @BeforeEach
    void startDaemon() throws IOException {
        socket = dir.resolve("run").resolve("kernel.sock");
        kernel = Kernel.embedded();
        daemon = DaemonServer.start(kernel, socket);
    }

    @AfterEach
    void stopDaemon() {
        daemon.close();
    }

    private static ObjectAttributes named(String path) {
        return ObjectAttributes.absolute(path, ObjectAttributes.CASE_INSENSITIVE);
    }

    private static IoCall createStack(String path) {
        return new IoCall.CreateDataStack(named(path), 0, 0, 0);
    }

    private void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void theCallerIsIdentifiedBySoPeercredNotByTheRequest() throws IOException {
        try (RawClient client = new RawClient(socket)) {
            IoFrame.Reply reply = client.call(0, new IoCall.QueryProcess());
            IoOutput.ProcessInformation info = IoOutput.ProcessInformation.decode(reply.output());
            UnixSystem me = new UnixSystem();
            assertThat(reply.status()).isEqualTo(NtStatus.SUCCESS.code());
            assertThat(info.uid()).isEqualTo((int) me.getUid());
            assertThat(info.gid()).isEqualTo((int) me.getGid());
            assertThat(info.session()).isZero();
        }
    }

    @Test
    void aReplyCarriesTheTagOfItsRequest() throws IOException {
        try (RawClient client = new RawClient(socket)) {
            client.send(0xCAFE, RawClient.request(0, new IoCall.QueryProcess()));
            assertThat(client.receive().tag()).isEqualTo(0xCAFE);
        }
    }

    @Test
    void pipelinedRequestsInOneWriteAreAllAnsweredInOrder() throws IOException {
        try (RawClient client = new RawClient(socket)) {
            ByteArrayOutputStream batch = new ByteArrayOutputStream();
            batch.writeBytes(RawClient.framed(1, RawClient.request(0, createStack("\\BaseNamedObjects\\Pipelined"))));
            for (int i = 0; i < 100; i++) {
                byte[] item = ("item " + i).getBytes();
                batch.writeBytes(RawClient.framed(10 + i, RawClient.request(4,
                        new IoCall.PushDataStack(IoCall.BUFFER_PRESENT, item.length, item))));
            }
            client.sendRaw(batch.toByteArray());
            assertThat(client.receive().reply().status()).isEqualTo(NtStatus.SUCCESS.code());
            for (int i = 0; i < 100; i++) {
                RawClient.TaggedReply r = client.receive();
                assertThat(r.tag()).isEqualTo(10 + i);
                assertThat(r.reply().status()).isEqualTo(NtStatus.SUCCESS.code());
            }
        }
    }

    @Test
    void aFrameOfAnotherVersionGetsRevisionMismatchAndTheConnectionGoesOn() throws IOException {
        try (RawClient client = new RawClient(socket)) {
            byte[] frame = RawClient.request(0, new IoCall.QueryProcess());
            frame[0] = 9;
            client.send(1, frame);
            assertThat(client.receive().reply().status()).isEqualTo(NtStatus.REVISION_MISMATCH.code());
            assertThat(client.call(0, new IoCall.QueryProcess()).status()).isEqualTo(NtStatus.SUCCESS.code());
        }
    }

    @Test
    void aFrameShorterThanItsHeaderGetsInfoLengthMismatch() throws IOException {
        try (RawClient client = new RawClient(socket)) {
            client.send(7, new byte[] {1, 0, 1});
            RawClient.TaggedReply r = client.receive();
            assertThat(r.tag()).isEqualTo(7);
            assertThat(r.reply().status()).isEqualTo(NtStatus.INFO_LENGTH_MISMATCH.code());
        }
    }

    @Test
    void anUnknownFunctionGetsInvalidDeviceRequest() throws IOException {
        try (RawClient client = new RawClient(socket)) {
            client.send(1, new WireWriter().u16(1).u16(0x6666).u32(0).u32(0).toByteArray());
            assertThat(client.receive().reply().status()).isEqualTo(NtStatus.INVALID_DEVICE_REQUEST.code());
        }
    }

    @Test
    void anOversizedLengthPrefixClosesThatConnectionOnlyAndAllocatesNothing() throws IOException {
        try (RawClient bad = new RawClient(socket); RawClient good = new RawClient(socket)) {
            bad.sendRaw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(SocketFrame.MAX_LENGTH + 1).array());
            assertThat(bad.closedByPeer()).isTrue();
            assertThat(good.call(0, new IoCall.QueryProcess()).status()).isEqualTo(NtStatus.SUCCESS.code());
        }
    }

    @Test
    void aLengthPrefixTooShortForATagClosesThatConnectionOnly() throws IOException {
        try (RawClient bad = new RawClient(socket); RawClient good = new RawClient(socket)) {
            bad.sendRaw(new byte[] {2, 0, 0, 0, 1, 2});
            assertThat(bad.closedByPeer()).isTrue();
            assertThat(good.call(0, new IoCall.QueryProcess()).status()).isEqualTo(NtStatus.SUCCESS.code());
        }
    }

    @Test
    void aClientThatHangsUpMidFrameLeavesTheDaemonServing() throws IOException {
        try (RawClient truncated = new RawClient(socket)) {
            byte[] framed = RawClient.framed(1, RawClient.request(0, new IoCall.QueryProcess()));
            truncated.sendRaw(java.util.Arrays.copyOf(framed, framed.length - 3));
        }
        try (RawClient good = new RawClient(socket)) {
            assertThat(good.call(0, new IoCall.QueryProcess()).status()).isEqualTo(NtStatus.SUCCESS.code());
        }
    }

    @Test
    void aFrameSplitAcrossManyWritesIsReassembled() throws IOException, InterruptedException {
        try (RawClient client = new RawClient(socket)) {
            byte[] item = new byte[300_000];
            java.util.Arrays.fill(item, (byte) 7);
            client.call(0, createStack("\\BaseNamedObjects\\Split"));
            byte[] framed = RawClient.framed(2, RawClient.request(4, new IoCall.PushDataStack(IoCall.BUFFER_PRESENT, item.length, item)));
            for (int off = 0; off < framed.length; off += 65_000) {
                client.sendRaw(java.util.Arrays.copyOfRange(framed, off, Math.min(framed.length, off + 65_000)));
                Thread.sleep(2);
            }
            assertThat(client.receive().reply().status()).isEqualTo(NtStatus.SUCCESS.code());
            IoFrame.Reply popped = client.call(4, new IoCall.PopDataStack(IoCall.BUFFER_PRESENT, item.length));
            assertThat(IoOutput.PoppedItem.decode(popped.output()).item()).isEqualTo(item);
        }
    }

    @Test
    void aBlockedWaitDoesNotStallItsOwnConnectionNorOthers() throws IOException {
        try (RawClient waiter = new RawClient(socket); RawClient other = new RawClient(socket)) {
            IoFrame.Reply created = waiter.call(0, new IoCall.CreateEvent(EventAccess.ALL_ACCESS, EventType.NOTIFICATION,
                    false, named("\\BaseNamedObjects\\Gate")));
            int event = IoOutput.HandleValue.decode(created.output()).handle();
            waiter.send(100, RawClient.request(0, new IoCall.WaitForMultiple(new int[] {event}, false, -1)));

            assertThat(waiter.call(0, new IoCall.QueryProcess()).status()).isEqualTo(NtStatus.SUCCESS.code());
            assertThat(other.call(0, new IoCall.QueryProcess()).status()).isEqualTo(NtStatus.SUCCESS.code());

            IoFrame.Reply opened = other.call(0, new IoCall.OpenEvent(EventAccess.ALL_ACCESS, named("\\BaseNamedObjects\\Gate")));
            other.call(IoOutput.HandleValue.decode(opened.output()).handle(), new IoCall.SetEvent());
            RawClient.TaggedReply woken = waiter.receive();
            assertThat(woken.tag()).isEqualTo(100);
            assertThat(woken.reply().status()).isEqualTo(NtStatus.SUCCESS.code());
        }
    }

    @Test
    void aConnectionCannotBlockMoreThanItsShareOfWaits() throws IOException {
        try (RawClient client = new RawClient(socket)) {
            IoFrame.Reply created = client.call(0, new IoCall.CreateEvent(EventAccess.ALL_ACCESS, EventType.NOTIFICATION,
                    false, named("\\BaseNamedObjects\\Never")));
            int event = IoOutput.HandleValue.decode(created.output()).handle();
            ByteArrayOutputStream batch = new ByteArrayOutputStream();
            for (int i = 0; i <= DaemonServer.MAX_PENDING_WAITS; i++) {
                batch.writeBytes(RawClient.framed(i, RawClient.request(0, new IoCall.WaitForMultiple(new int[] {event}, false, -1))));
            }
            client.sendRaw(batch.toByteArray());
            RawClient.TaggedReply refused = client.receive();
            assertThat(refused.tag()).isEqualTo(DaemonServer.MAX_PENDING_WAITS);
            assertThat(refused.reply().status()).isEqualTo(NtStatus.INSUFFICIENT_RESOURCES.code());
        }
    }

    @Test
    void aDroppedConnectionHasItsHandlesClosed() throws IOException, InterruptedException {
        try (RawClient client = new RawClient(socket)) {
            assertThat(client.call(0, createStack("\\BaseNamedObjects\\Temporary")).status()).isEqualTo(NtStatus.SUCCESS.code());
            assertThat(kernel.objectManager().exists("\\BaseNamedObjects\\Temporary")).isTrue();
        }
        awaitCondition(() -> !kernel.objectManager().exists("\\BaseNamedObjects\\Temporary"));
        awaitCondition(() -> daemon.connectionCount() == 0);
        assertThat(kernel.dataStacks().type().totalHandles()).isZero();
    }

    @Test
    void aDroppedConnectionHasItsBlockedWaitCancelled() throws IOException, InterruptedException {
        try (RawClient client = new RawClient(socket)) {
            IoFrame.Reply created = client.call(0, new IoCall.CreateEvent(EventAccess.ALL_ACCESS, EventType.NOTIFICATION,
                    false, named("\\BaseNamedObjects\\Forever")));
            int event = IoOutput.HandleValue.decode(created.output()).handle();
            client.send(2, RawClient.request(0, new IoCall.WaitForMultiple(new int[] {event}, false, -1)));
            awaitCondition(() -> kernel.objectManager().type("Event").totalHandles() == 1);
        }
        awaitCondition(() -> kernel.objectManager().type("Event").totalObjects() == 0);
    }

    @Test
    void keptHandlesKeepAnObjectAliveAfterItsCreatorDisconnects() throws IOException, InterruptedException {
        try (RawClient client = new RawClient(socket)) {
            client.call(0, createStack("\\BaseNamedObjects\\Kept"));
            client.send(3, new WireWriter().u16(1).u16(DaemonFunction.KEEP_HANDLE.code()).u32(4).u32(0).toByteArray());
            assertThat(client.receive().reply().status()).isEqualTo(NtStatus.SUCCESS.code());
        }
        awaitCondition(() -> daemon.connectionCount() == 0);
        assertThat(kernel.objectManager().exists("\\BaseNamedObjects\\Kept")).isTrue();
        assertThat(daemon.daemonProcess().handles().count()).isEqualTo(1);
    }

    @Test
    void theDirectoryListingShowsTypesLinksAndItemCounts() throws IOException {
        try (RawClient client = new RawClient(socket)) {
            client.call(0, createStack("\\BaseNamedObjects\\Listed"));
            byte[] one = {1};
            client.call(4, new IoCall.PushDataStack(IoCall.BUFFER_PRESENT, 1, one));
            client.call(4, new IoCall.PushDataStack(IoCall.BUFFER_PRESENT, 1, one));
            client.send(5, new WireWriter().u16(1).u16(DaemonFunction.LIST_DIRECTORY.code()).u32(0)
                    .u32(4 + "\\BaseNamedObjects".length()).utf8("\\BaseNamedObjects").toByteArray());
            DirectoryListing listing = DirectoryListing.decode(client.receive().reply().output());
            assertThat(listing.entries()).contains(
                    new DirectoryListing.Entry("Listed", "DataStack", null, 2),
                    new DirectoryListing.Entry("Global", "SymbolicLink", "\\BaseNamedObjects", DirectoryListing.UNKNOWN_COUNT));
        }
    }

    @Test
    void theHandleListingShowsEachConnectionsHandlesWithTheirAccess() throws IOException {
        try (RawClient client = new RawClient(socket)) {
            client.call(0, createStack("\\BaseNamedObjects\\Shown"));
            client.call(0, new IoCall.OpenDataStack(DataStackAccess.QUERY, named("\\BaseNamedObjects\\Shown")));
            client.send(6, new WireWriter().u16(1).u16(DaemonFunction.LIST_HANDLES.code()).u32(0).u32(0).toByteArray());
            HandleListing listing = HandleListing.decode(client.receive().reply().output());
            HandleListing.ProcessHandles mine = listing.processes().stream()
                    .filter(p -> !p.label().equals(DaemonServices.DAEMON_LABEL)).findFirst().orElseThrow();
            assertThat(mine.handles()).containsExactly(
                    new HandleListing.HandleInfo(4, "DataStack", "Shown", DataStackAccess.ALL_ACCESS),
                    new HandleListing.HandleInfo(8, "DataStack", "Shown", DataStackAccess.QUERY));
        }
    }

    @Test
    void aStaleSocketFileIsReplaced() throws IOException {
        daemon.close();
        Files.createFile(socket);
        daemon = DaemonServer.start(kernel, socket);
        try (RawClient client = new RawClient(socket)) {
            assertThat(client.call(0, new IoCall.QueryProcess()).status()).isEqualTo(NtStatus.SUCCESS.code());
        }
    }

    @Test
    void aSecondDaemonOnTheSameSocketIsRefused() {
        assertThatThrownBy(() -> DaemonServer.start(Kernel.embedded(), socket))
                .isInstanceOf(DaemonAlreadyRunningException.class)
                .hasMessageContaining(socket.toString());
    }

    @Test
    void theSocketDirectoryIsCreatedPrivate() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void aSharedDaemonsSocketIsOpenToEveryLocalUser() throws IOException {
        Path shared = dir.resolve("shared").resolve("kernel.sock");
        try (DaemonServer machineWide = DaemonServer.start(Kernel.embedded(), shared, SocketAccess.SHARED)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-rw-");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared.getParent()))).isEqualTo("rwxr-xr-x");
        }
    }

    @Test
    void closingTheDaemonRemovesItsSocketFile() {
        daemon.close();
        assertThat(socket).doesNotExist();
    }
}
