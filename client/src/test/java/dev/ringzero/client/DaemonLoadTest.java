package dev.ringzero.client;

import static dev.ringzero.client.InProcessDaemon.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.DataStackConfiguration;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 64 client connections on one daemon: 48 push and pop, 16 only push and are cut off mid-operation
 * (their sockets closed under them). Every acknowledged push is popped exactly once, nothing is popped
 * that was never pushed, items arrive intact, and afterwards the kernel holds no handle, object or
 * connection. (A pop is acknowledged by its reply: an item popped by a connection that dies before it
 * reads the reply is gone, as with any destructive read, so the clients cut off here only push.)
 */
class DaemonLoadTest {
    static final int STEADY_CLIENTS = 48;
    static final int DOOMED_CLIENTS = 16;
    static final long RUN_NANOS = TimeUnit.SECONDS.toNanos(3);

    @TempDir
    Path dir;

    /** A 16-byte item: its id and a checksum of the id, so a corrupted item is detected. */
    static byte[] item(long id) {
        return ByteBuffer.allocate(16).putLong(id).putLong(checksum(id)).array();
    }

    static long checksum(long id) {
        return Long.rotateLeft(id * 0x9E3779B97F4A7C15L, 17) ^ 0x5DEECE66DL;
    }

    static long idOf(byte[] item) {
        assertThat(item).hasSize(16);
        ByteBuffer b = ByteBuffer.wrap(item);
        long id = b.getLong();
        assertThat(b.getLong()).as("checksum of item %d", id).isEqualTo(checksum(id));
        return id;
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void everyAcknowledgedItemIsPoppedExactlyOnceAndNothingLeaks() throws Exception {
        try (InProcessDaemon daemon = new InProcessDaemon(dir)) {
            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            Set<Long> attempted = ConcurrentHashMap.newKeySet();
            Map<Long, AtomicInteger> popped = new ConcurrentHashMap<>();
            List<Throwable> unexpected = new CopyOnWriteArrayList<>();

            DataStacks owner = daemon.connect();
            DataStack load = owner.create("Load", DataStackConfiguration.UNLIMITED);

            List<Thread> threads = new ArrayList<>();
            List<SocketTransport> doomed = new ArrayList<>();
            for (int c = 0; c < STEADY_CLIENTS + DOOMED_CLIENTS; c++) {
                long client = c;
                boolean isDoomed = c >= STEADY_CLIENTS;
                SocketTransport transport = SocketTransport.connect(daemon.socket());
                if (isDoomed) {
                    doomed.add(transport);
                }
                threads.add(Thread.ofPlatform().name("client-" + c).start(() -> {
                    try (DataStacks stacks = DataStacks.over(transport);
                         DataStack ds = stacks.open("Load", AccessMask.GENERIC_WRITE)) {
                        long deadline = System.nanoTime() + RUN_NANOS;
                        for (long seq = 0; System.nanoTime() < deadline; seq++) {
                            long id = client << 32 | seq;
                            attempted.add(id);
                            ds.push(item(id));
                            acknowledged.add(id);
                            if (!isDoomed) {
                                Optional<byte[]> top = ds.pop();
                                top.ifPresent(b -> popped.computeIfAbsent(idOf(b), k -> new AtomicInteger()).incrementAndGet());
                            }
                        }
                    } catch (DaemonConnectionException e) {
                        if (!isDoomed) {
                            unexpected.add(e);
                        }
                    } catch (Throwable t) {
                        unexpected.add(t);
                    }
                }));
            }
            for (SocketTransport victim : doomed) {
                Thread.sleep(ThreadLocalRandom.current().nextInt(20, 120));
                victim.close();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(unexpected).isEmpty();

            for (Optional<byte[]> top = load.pop(); top.isPresent(); top = load.pop()) {
                popped.computeIfAbsent(idOf(top.get()), k -> new AtomicInteger()).incrementAndGet();
            }
            assertThat(popped.values()).allSatisfy(n -> assertThat(n.get()).as("pops of one item").isEqualTo(1));
            Set<Long> lost = new HashSet<>(acknowledged);
            lost.removeAll(popped.keySet());
            assertThat(lost).as("acknowledged but never popped").isEmpty();
            Set<Long> invented = new HashSet<>(popped.keySet());
            invented.removeAll(attempted);
            assertThat(invented).as("popped but never pushed").isEmpty();
            long ackedSum = acknowledged.stream().mapToLong(DaemonLoadTest::checksum).sum();
            long poppedAckedSum = popped.keySet().stream().filter(acknowledged::contains).mapToLong(DaemonLoadTest::checksum).sum();
            assertThat(poppedAckedSum).isEqualTo(ackedSum);
            assertThat(acknowledged.size()).as("work done").isGreaterThan(1000);

            System.out.printf("load: %d pushes acknowledged, %d items popped, %d clients cut off%n",
                    acknowledged.size(), popped.size(), DOOMED_CLIENTS);
            load.close();
            owner.close();
            eventually(() -> daemon.server.connectionCount() == 0, "every connection closed");
            eventually(() -> daemon.dataStackHandles() == 0 && daemon.dataStackObjects() == 0, "no DataStack left");
        }
    }
}
