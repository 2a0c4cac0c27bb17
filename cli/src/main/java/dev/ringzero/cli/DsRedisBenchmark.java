package dev.ringzero.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redis's side of {@code rz ds bench}: a private {@code redis-server} (no TCP port, a Unix socket in a
 * temporary directory, no persistence) measured by {@code redis-benchmark -t lpush,rpop}, stopped afterwards.
 */
final class DsRedisBenchmark implements AutoCloseable {
    private static final Pattern RESULT = Pattern.compile("(LPUSH|RPOP): ([0-9.]+) requests per second");

    /** LPUSH and RPOP requests per second, and the push+pop operations per second they make together. */
    record Result(double lpush, double rpop) {
        double combined() {
            return 2 / (1 / lpush + 1 / rpop);
        }
    }

    private final Path dir;
    private final Path socket;
    private final Process server;

    private DsRedisBenchmark(Path dir, Path socket, Process server) {
        this.dir = dir;
        this.socket = socket;
        this.server = server;
    }

    /** The path of {@code program} on PATH, if installed. */
    static Optional<Path> find(String program) {
        for (String entry : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(entry.isEmpty() ? "." : entry, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static boolean available() {
        return find("redis-server").isPresent() && find("redis-benchmark").isPresent();
    }

    static DsRedisBenchmark start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("rz-redis");
        Path socket = dir.resolve("redis.sock");
        Process server = new ProcessBuilder(find("redis-server").orElseThrow().toString(), "--port", "0",
                "--unixsocket", socket.toString(), "--unixsocketperm", "700", "--save", "", "--appendonly", "no",
                "--dir", dir.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(socket)) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                server.destroyForcibly();
                throw new IOException("redis-server did not start (see " + dir.resolve("redis.log") + ")");
            }
            Thread.sleep(20);
        }
        return new DsRedisBenchmark(dir, socket, server);
    }

    /** {@code redis-benchmark -t lpush,rpop -n requests -c clients [-P pipeline]}. */
    Result run(int clients, int pipeline, int requests) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(find("redis-benchmark").orElseThrow().toString(),
                "-s", socket.toString(), "-t", "lpush,rpop", "-n", Integer.toString(requests), "-c", Integer.toString(clients), "-q"));
        if (pipeline > 1) {
            command.addAll(List.of("-P", Integer.toString(pipeline)));
        }
        Process bench = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        bench.waitFor();
        double lpush = 0;
        double rpop = 0;
        Matcher m = RESULT.matcher(output);
        while (m.find()) {
            double value = Double.parseDouble(m.group(2));
            if (m.group(1).equals("LPUSH")) {
                lpush = value;
            } else {
                rpop = value;
            }
        }
        if (lpush == 0 || rpop == 0) {
            throw new IOException("unexpected redis-benchmark output: " + output.strip());
        }
        return new Result(lpush, rpop);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.destroy();
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }
}
