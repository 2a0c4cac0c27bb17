package dev.ringzero.cli;

import dev.ringzero.client.DataStack;
import dev.ringzero.client.DataStacks;
import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.DataStackConfiguration;
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
 * Socket rows talk to a daemon started in this JVM on a private socket; each client is one connection,
 * driven either through the Java client API (a thread per client) or, like redis-benchmark, by one
 * thread multiplexing every connection ({@link DsLoadGenerator}).
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
            return run("socket, " + clients + (clients == 1 ? " client" : " clients") + ", Java client API", clients, () -> {
                DataStacks stacks = DataStacks.connect(daemon.socketPath());
                return pushPop(stacks.open("Bench", AccessMask.GENERIC_WRITE), stacks);
            });
        }
    }

    /**
     * {@code clients} connections driven by one thread ({@link DsLoadGenerator}, redis-benchmark's client
     * model), each with {@code pipeline} requests in flight.
     */
    Row generated(int clients, int pipeline) throws IOException {
        try (DataStacks owner = DataStacks.connect(daemon.socketPath());
             DataStack ignored = owner.create("Bench", DataStackConfiguration.UNLIMITED);
             DsLoadGenerator generator = new DsLoadGenerator(daemon.socketPath(), "\\BaseNamedObjects\\Bench", clients, pipeline)) {
            long start = System.nanoTime() + warmUp.toNanos();
            long replies = generator.run(start, start + measure.toNanos());
            String label = "socket, " + clients + (clients == 1 ? " client" : " clients")
                    + (pipeline > 1 ? " x " + pipeline + " pipelined" : "");
            return new Row(label, replies * 1e9 / measure.toNanos());
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
