package dev.ringzero.ebpf.hook;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A reproducible stream of realistic bind events: a fixed population of server and client processes
 * on a Linux host, each binding with its own habits (servers to their well-known ports, clients to
 * ephemeral ports, a few unbinds). Stands in for the real hook until one is attached.
 */
public final class SimulatedBindEvents {

    private record Process(long pid, String path, int port, int protocol, int weight) {}

    private static final List<Process> POPULATION = List.of(
            new Process(812, "/usr/sbin/sshd", 22, BindEvent.IPPROTO_TCP, 3),
            new Process(1044, "/usr/sbin/nginx", 80, BindEvent.IPPROTO_TCP, 8),
            new Process(1045, "/usr/sbin/nginx", 443, BindEvent.IPPROTO_TCP, 8),
            new Process(1190, "/usr/bin/redis-server", 6379, BindEvent.IPPROTO_TCP, 4),
            new Process(1322, "/usr/lib/postgresql/15/bin/postgres", 5432, BindEvent.IPPROTO_TCP, 4),
            new Process(1507, "/usr/sbin/chronyd", 323, BindEvent.IPPROTO_UDP, 2),
            new Process(2210, "/usr/bin/python3.11", 0, BindEvent.IPPROTO_TCP, 6),
            new Process(2688, "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java", 0, BindEvent.IPPROTO_TCP, 10),
            new Process(3001, "/usr/bin/curl", 0, BindEvent.IPPROTO_TCP, 5),
            new Process(3377, "/usr/sbin/named", 53, BindEvent.IPPROTO_UDP, 6));

    private final SplittableRandom random;
    private final int totalWeight;

    public SimulatedBindEvents(long seed) {
        this.random = new SplittableRandom(seed);
        this.totalWeight = POPULATION.stream().mapToInt(Process::weight).sum();
    }

    /** The next event: one in ten is an unbind, one in ten a post-bind notification. */
    public BindEvent next() {
        Process p = pick();
        int port = p.port() != 0 ? p.port() : 32768 + random.nextInt(28232);
        int roll = random.nextInt(10);
        BindOperation op = roll == 0 ? BindOperation.UNBIND : roll == 1 ? BindOperation.POST_BIND : BindOperation.BIND;
        return new BindEvent(p.pid(), p.path(), new InetSocketAddress(address(p), port), p.protocol(), op);
    }

    public Stream<BindEvent> stream(long count) {
        return Stream.generate(this::next).limit(count);
    }

    private Process pick() {
        int ticket = random.nextInt(totalWeight);
        for (Process p : POPULATION) {
            ticket -= p.weight();
            if (ticket < 0) {
                return p;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private InetAddress address(Process p) {
        try {
            byte[] any = p.port() == 0 ? new byte[] {127, 0, 0, 1} : new byte[] {0, 0, 0, 0};
            return InetAddress.getByAddress(any);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
