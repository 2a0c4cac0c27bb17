package dev.ringzero.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.kernel.abi.DataStackConfiguration;
import dev.ringzero.kernel.abi.EventType;
import dev.ringzero.kernel.abi.IoCall;
import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.abi.IoFunction;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.ObjectAttributes;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzed wire frames over the real socket: random, mutated and truncated frames each get a reply that
 * is never STATUS_INTERNAL_ERROR; random byte streams at most close their own connection; and the
 * daemon keeps serving a well-behaved client throughout. Seeds are fixed, so failures reproduce.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SocketFuzzTest {
    @TempDir
    Path dir;
    InProcessDaemon daemon;
    DataStacks bystander;
    DataStack bystanderStack;

    @BeforeEach
    void start() {
        daemon = new InProcessDaemon(dir);
        bystander = daemon.connect();
        bystanderStack = bystander.create("Bystander", DataStackConfiguration.UNLIMITED);
    }

    @AfterEach
    void stop() {
        bystander.close();
        daemon.close();
    }

    private void assertTheBystanderIsServed() {
        bystanderStack.push(new byte[] {1});
        assertThat(bystanderStack.pop()).hasValueSatisfying(b -> assertThat(b).containsExactly(1));
    }

    /** Valid requests of every non-blocking function, the seeds that mutations start from. */
    static List<byte[]> seeds() {
        ObjectAttributes name = ObjectAttributes.absolute("\\BaseNamedObjects\\Fuzz", ObjectAttributes.CASE_INSENSITIVE);
        List<IoCall> calls = List.of(new IoCall.QueryProcess(), new IoCall.Close(), new IoCall.DuplicateObject(0, 0, 2),
                new IoCall.MakeTemporary(), new IoCall.OpenDirectory(3, ObjectAttributes.absolute("\\BaseNamedObjects", 0x40)),
                new IoCall.CreateEvent(0x1F0003, EventType.NOTIFICATION, true, name), new IoCall.OpenEvent(1, name),
                new IoCall.SetEvent(), new IoCall.ResetEvent(), new IoCall.PulseEvent(),
                new IoCall.CreateDataStack(name, 0, 0, 0), new IoCall.OpenDataStack(1, name),
                new IoCall.PushDataStack(IoCall.BUFFER_PRESENT, 3, new byte[] {1, 2, 3}),
                new IoCall.PopDataStack(IoCall.BUFFER_PRESENT, 16), new IoCall.ClearDataStack(),
                new IoCall.QueryDataStack(0, IoCall.BUFFER_PRESENT | IoCall.RETURN_LENGTH_PRESENT, 4));
        List<byte[]> frames = new ArrayList<>();
        for (IoCall call : calls) {
            frames.add(IoFrame.encodeRequest(call.function(), 4, call.encode()));
        }
        return frames;
    }

    /** Waits could block for as long as the fuzzer says; they are fuzzed in-process by the kernel's tests. */
    static byte[] withoutWaits(byte[] frame) {
        if (frame.length >= 4 && ((frame[2] & 0xFF) | (frame[3] & 0xFF) << 8) == IoFunction.WAIT_FOR_MULTIPLE.code()) {
            frame[2] = 0x7E;
        }
        return frame;
    }

    private static void assertAnsweredWithoutInternalError(List<byte[]> replies) {
        for (byte[] reply : replies) {
            assertThat(IoFrame.decodeReply(reply).status()).isNotEqualTo(NtStatus.INTERNAL_ERROR.code());
        }
    }

    @Test
    void mutatedFramesAreAnsweredAndNeverAnInternalError() {
        Random random = new Random(20261127);
        List<byte[]> seeds = seeds();
        try (SocketTransport fuzzer = SocketTransport.connect(daemon.socket())) {
            for (int round = 0; round < 200; round++) {
                List<byte[]> batch = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    byte[] frame = seeds.get(random.nextInt(seeds.size())).clone();
                    int flips = 1 + random.nextInt(4);
                    for (int f = 0; f < flips; f++) {
                        frame[random.nextInt(frame.length)] = (byte) random.nextInt(256);
                    }
                    batch.add(withoutWaits(frame));
                }
                assertAnsweredWithoutInternalError(fuzzer.roundTrips(batch));
            }
        }
        assertTheBystanderIsServed();
    }

    @Test
    void randomAndTruncatedFramesAreAnsweredAndNeverAnInternalError() {
        Random random = new Random(42);
        List<byte[]> seeds = seeds();
        try (SocketTransport fuzzer = SocketTransport.connect(daemon.socket())) {
            for (int round = 0; round < 100; round++) {
                List<byte[]> batch = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    byte[] frame;
                    if (random.nextBoolean()) {
                        frame = new byte[random.nextInt(64)];
                        random.nextBytes(frame);
                        if (frame.length >= 2 && random.nextBoolean()) {
                            frame[0] = 1;
                            frame[1] = 0;
                        }
                    } else {
                        byte[] seed = seeds.get(random.nextInt(seeds.size()));
                        frame = java.util.Arrays.copyOf(seed, random.nextInt(seed.length + 1));
                    }
                    batch.add(withoutWaits(frame));
                }
                assertAnsweredWithoutInternalError(fuzzer.roundTrips(batch));
            }
        }
        assertTheBystanderIsServed();
    }

    @Test
    void randomByteStreamsCloseOnlyTheirOwnConnection() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            try (SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                raw.connect(UnixDomainSocketAddress.of(daemon.socket()));
                byte[] garbage = new byte[1 + random.nextInt(4096)];
                random.nextBytes(garbage);
                raw.write(ByteBuffer.wrap(garbage));
            }
            assertTheBystanderIsServed();
        }
        InProcessDaemon.eventually(() -> daemon.server.connectionCount() == 1, "only the bystander stays connected");
    }
}
