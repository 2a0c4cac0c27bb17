package dev.ringzero.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rz ds bench}: push+pop operations per second, in-process and over the daemon socket with 1
 * and 16 clients (and 16 pipelined), beside Redis LPUSH/RPOP measured by redis-benchmark in the same run.
 */
@Command(name = "bench", description = "Push+pop operations per second: ringzero in-process and over its socket, beside Redis.",
        footer = {"ringzero runs its own daemon in this JVM on a private socket; Redis runs as a private redis-server",
                "on a Unix socket. Rows marked socket (other than the Java client API row) drive their connections",
                "from one thread, as redis-benchmark does. An operation is one push or one pop (Redis: one LPUSH or",
                "one RPOP request);",
                "the Redis figure is the harmonic mean of its LPUSH and RPOP rates, i.e. push+pop pairs x 2."})
final class DsBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", paramLabel = "S", description = "measured seconds per ringzero row (default: ${DEFAULT-VALUE})")
    double seconds = 2;

    @Option(names = "--no-redis", description = "measure ringzero only")
    boolean noRedis;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0 && seconds <= 600)) {
            throw new UnusableInputException("--seconds must be more than 0 and at most 600");
        }
        PrintWriter out = spec.commandLine().getOut();
        Duration measure = Duration.ofMillis((long) (seconds * 1000));
        DsBenchmark.Row inProcess;
        DsBenchmark.Row javaApi;
        DsBenchmark.Row[] socketRows = new DsBenchmark.Row[3];
        try (DsBenchmark bench = new DsBenchmark(measure)) {
            inProcess = bench.inProcess();
            javaApi = bench.socket(1);
            socketRows[0] = bench.generated(1, 1);
            socketRows[1] = bench.generated(16, 1);
            socketRows[2] = bench.generated(16, DsBenchmark.PIPELINE);
        }
        DsRedisBenchmark.Result[] redis = new DsRedisBenchmark.Result[3];
        String redisNote = null;
        if (noRedis) {
            redisNote = "Redis not measured (--no-redis).";
        } else if (!DsRedisBenchmark.available()) {
            redisNote = "Redis was not found (redis-server and redis-benchmark on PATH; Debian: apt-get install redis-server redis-tools).";
        } else {
            int scale = (int) Math.max(1, Math.round(seconds));
            try (DsRedisBenchmark server = DsRedisBenchmark.start()) {
                redis[0] = server.run(1, 1, 50_000 * scale);
                redis[1] = server.run(16, 1, 100_000 * scale);
                redis[2] = server.run(16, DsBenchmark.PIPELINE, 500_000 * scale);
            }
        }
        out.printf("%-38s %16s %16s %24s%n", "push+pop", "ringzero ops/s", "Redis ops/s", "Redis LPUSH / RPOP");
        out.printf("%-38s %16s %16s %24s%n", inProcess.label(), rate(inProcess.opsPerSecond()), "-", "-");
        out.printf("%-38s %16s %16s %24s%n", javaApi.label(), rate(javaApi.opsPerSecond()), "-", "-");
        for (int i = 0; i < socketRows.length; i++) {
            DsRedisBenchmark.Result r = redis[i];
            out.printf("%-38s %16s %16s %24s%n", socketRows[i].label(), rate(socketRows[i].opsPerSecond()),
                    r == null ? "-" : rate(r.combined()), r == null ? "-" : rate(r.lpush()) + " / " + rate(r.rpop()));
        }
        if (redisNote != null) {
            out.println(redisNote);
        }
        out.flush();
        return 0;
    }

    private static String rate(double opsPerSecond) {
        return String.format("%,.0f", opsPerSecond);
    }
}
