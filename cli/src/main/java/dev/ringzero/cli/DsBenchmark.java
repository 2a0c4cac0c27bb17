package dev.ringzero.cli;

import dev.ringzero.client.DataStack;
import dev.ringzero.client.DataStacks;
import dev.ringzero.client.SocketTransport;
import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.DataStackConfiguration;
import dev.ringzero.kernel.abi.IoCall;
import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.daemon.DaemonServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * ringzero's side of {@code rz ds bench}: push+pop of 3-byte items (redis-benchmark's default value
 * size) on one shared named stack, counted as operations (a push and a pop are two), after a warm-up.
 * Socket rows talk to a daemon started in this JVM on a private socket; each client is one connection.
 */
final class DsBenchmark implements AutoCloseable {
    static final byte[] ITEM = {'x', 'y', 'z'};
    static final int PIPELINE = 16;

    private final Duration warmUp;
    private final Duration measure;
    private final Path dir;
    private final DaemonServer daemon;

    /** One measured configuration: its label and operations per second. */
    record Row(String label, double opsPerSecond) {}

    /** What one client thread does once it is connected; returns the operations one round performed. */
    private interface Client extends AutoCloseable {
        int round();

        @Override
        void close();
    }

    DsBenchmark(Duration measure) throws IOException {
        this.measure = measure;
        this.warmUp = Duration.ofMillis(Math.max(300, measure.toMillis() / 2));
        this.dir = Files.createTempDirectory("rz-bench");
        this.daemon = DaemonServer.start(Kernel.embedded(), dir.resolve("kernel.sock"));
    }

    Row inProcess() throws InterruptedException {
        Kernel kernel = Kernel.embedded();
        DataStacks stacks = DataStacks.embedded(kernel);
        DataStack shared = stacks.create("Bench", DataStackConfiguration.UNLIMITED);
        Row row = run("in-process, 1 thread", 1, () -> pushPop(shared, null));
        shared.close();
        return row;
    }

    Row socket(int clients) throws InterruptedException {
        try (DataStacks owner = DataStacks.connect(daemon.socketPath());
             DataStack ignored = owner.create("Bench", DataStackConfiguration.UNLIMITED)) {
            return run("socket, " + clients + (clients == 1 ? " client" : " clients"), clients, () -> {
                DataStacks stacks = DataStacks.connect(daemon.socketPath());
                return pushPop(stacks.open("Bench", AccessMask.GENERIC_WRITE), stacks);
            });
        }
    }

    Row socketPipelined(int clients) throws InterruptedException {
        try (DataStacks owner = DataStacks.connect(daemon.socketPath());
             DataStack ignored = owner.create("Bench", DataStackConfiguration.UNLIMITED)) {
            return run("socket, " + clients + " clients x " + PIPELINE + " pipelined", clients, () -> {
                SocketTransport transport = SocketTransport.connect(daemon.socketPath());
                int handle = DataStacks.over(transport).open("Bench", AccessMask.GENERIC_WRITE).handle();
                List<byte[]> batch = new ArrayList<>();
                IoCall push = new IoCall.PushDataStack(IoCall.BUFFER_PRESENT, ITEM.length, ITEM);
                IoCall pop = new IoCall.PopDataStack(IoCall.BUFFER_PRESENT, 16);
                for (int i = 0; i < PIPELINE / 2; i++) {
                    batch.add(IoFrame.encodeRequest(push.function(), handle, push.encode()));
                }
                for (int i = 0; i < PIPELINE / 2; i++) {
                    batch.add(IoFrame.encodeRequest(pop.function(), handle, pop.encode()));
                }
                return new Client() {
                    @Override
                    public int round() {
                        transport.roundTrips(batch);
                        return PIPELINE;
                    }

                    @Override
                    public void close() {
                        transport.close();
                    }
                };
            });
        }
    }

    private static Client pushPop(DataStack ds, DataStacks connection) {
        return new Client() {
            @Override
            public int round() {
                ds.push(ITEM);
                ds.pop();
                return 2;
            }

            @Override
            public void close() {
                if (connection != null) {
                    connection.close();
                }
            }
        };
    }

    private interface ClientFactory {
        Client connect();
    }

    /** Runs {@code threads} clients through a warm-up, then counts their operations for the measured time. */
    private Row run(String label, int threads, ClientFactory factory) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean counting = new AtomicBoolean();
        LongAdder operations = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Client client = factory.connect();
            workers.add(Thread.ofPlatform().name("bench-" + t).start(() -> {
                try (client) {
                    while (!stop.get()) {
                        int done = client.round();
                        if (counting.get()) {
                            operations.add(done);
                        }
                    }
                }
            }));
        }
        Thread.sleep(warmUp);
        counting.set(true);
        long start = System.nanoTime();
        Thread.sleep(measure);
        counting.set(false);
        long elapsed = System.nanoTime() - start;
        stop.set(true);
        for (Thread w : workers) {
            w.join();
        }
        return new Row(label, operations.sum() * 1e9 / elapsed);
    }

    @Override
    public void close() throws IOException {
        daemon.close();
        Files.deleteIfExists(dir);
    }
}
