package dev.ringzero.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A daemon in its own JVM ({@code DaemonLauncher --socket PATH}), stopped with SIGTERM on close. */
final class DaemonProcess implements AutoCloseable {
    final Process process;
    final Path socket;

    private DaemonProcess(Process process, Path socket) {
        this.process = process;
        this.socket = socket;
    }

    static String classPathOf(Class<?>... classes) {
        StringBuilder path = new StringBuilder();
        for (Class<?> c : classes) {
            try {
                path.append(path.isEmpty() ? "" : java.io.File.pathSeparator)
                        .append(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new AssertionError(e);
            }
        }
        return path.toString();
    }

    /** Starts the daemon and returns once it says it listens (within 20 s). */
    static DaemonProcess start(Path socket) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = classPathOf(dev.ringzero.kernel.Kernel.class, Class.forName("dev.ringzero.ebpf.isa.Instruction"));
        Process process = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", classPath,
                "dev.ringzero.kernel.daemon.DaemonLauncher", "--socket", socket.toString()))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(20, TimeUnit.SECONDS);
        if (first == null || !first.startsWith("rz daemon: listening on " + socket)) {
            process.destroyForcibly();
            throw new AssertionError("the daemon did not start: " + first);
        }
        Thread.ofPlatform().daemon().start(() -> out.lines().forEach(line -> { }));
        return new DaemonProcess(process, socket);
    }

    /** SIGTERM, then waits for the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the daemon ignored SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
