package dev.ringzero.client;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.daemon.DaemonServer;
import dev.ringzero.kernel.daemon.SocketAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** A real daemon (selector thread, real Unix socket) in the test's JVM, so tests can look at its kernel. */
final class InProcessDaemon implements AutoCloseable {
    final Kernel kernel = Kernel.embedded();
    final DaemonServer server;

    InProcessDaemon(Path dir) {
        this(dir, SocketAccess.PRIVATE);
    }

    InProcessDaemon(Path dir, SocketAccess access) {
        try {
            server = DaemonServer.start(kernel, dir.resolve("kernel.sock"), access);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path socket() {
        return server.socketPath();
    }

    DataStacks connect() {
        return DataStacks.connect(socket());
    }

    /** Polls {@code condition} for up to 10 s (the daemon reacts to a hang-up asynchronously). */
    static void eventually(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Handles of every DataStack in the kernel (all connections plus the daemon's own). */
    int dataStackHandles() {
        return kernel.dataStacks().type().totalHandles();
    }

    int dataStackObjects() {
        return kernel.dataStacks().type().totalObjects();
    }

    @Override
    public void close() {
        server.close();
    }
}
