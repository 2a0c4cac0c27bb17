package dev.ringzero.kernel.daemon;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.abi.IoFunction;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.ipc.IoDispatcher;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.KernelProcess;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ringzero daemon: one {@link Kernel} served on a Unix domain socket by one selector thread.
 * Each connection is one {@link KernelProcess} whose identity comes from {@code SO_PEERCRED}; when the
 * connection drops the process is terminated (its handles closed, its blocked waits cancelled).
 *
 * <p>Every frame read is dispatched in order on the selector thread and its reply queued; all replies
 * produced by one read are written in one gathering write, so pipelining clients pay one wake-up per
 * batch. Waits, the only calls that block, run on a virtual thread each and reply when done, so they
 * never stall the selector. A frame the kernel cannot decode gets an error reply; an unanswerable
 * length prefix closes that connection only.
 */
public final class DaemonServer implements AutoCloseable {
    private static final Logger LOG = System.getLogger(DaemonServer.class.getName());
    /** Waits one connection may have blocked at once; more get STATUS_INSUFFICIENT_RESOURCES. */
    public static final int MAX_PENDING_WAITS = 1024;

    private final Kernel kernel;
    private final Path socketPath;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final IoDispatcher dispatcher;
    private final DaemonServices services;
    private final KernelProcess daemonProcess;
    private final Map<Connection, KernelProcess> connections = new ConcurrentHashMap<>();
    private final Set<Connection> dirty = new LinkedHashSet<>();
    private final ConcurrentLinkedQueue<Runnable> completions = new ConcurrentLinkedQueue<>();
    private final AtomicLong connectionNumbers = new AtomicLong();
    private final Thread selectorThread;
    private volatile boolean running = true;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DaemonServer(Kernel kernel, Path socketPath, ServerSocketChannel server) throws IOException {
        this.kernel = kernel;
        this.socketPath = socketPath;
        this.server = server;
        this.selector = Selector.open();
        this.dispatcher = new IoDispatcher(kernel);
        Caller self = Caller.ofThisProcess();
        this.daemonProcess = kernel.attach(new Caller(self.pid(), self.uid(), self.gid(), 0));
        this.services = new DaemonServices(kernel, daemonProcess, this::processesByLabel);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        this.selectorThread = Thread.ofPlatform().name("rz-daemon-selector").daemon(false).unstarted(this::serve);
    }

    /**
     * Listens on {@code socketPath} for its own user ({@link SocketAccess#PRIVATE}): creates its directory
     * (mode 0700) if missing, replaces a stale
     * socket file, and fails with {@link DaemonAlreadyRunningException} if a daemon answers there.
     */
    public static DaemonServer start(Kernel kernel, Path socketPath) throws IOException {
        return start(kernel, socketPath, SocketAccess.PRIVATE);
    }

    /**
     * As {@link #start(Kernel, Path)}, with the socket reachable by the daemon's user only
     * ({@link SocketAccess#PRIVATE}) or by every local user ({@link SocketAccess#SHARED}).
     */
    public static DaemonServer start(Kernel kernel, Path socketPath, SocketAccess access) throws IOException {
        Path parent = socketPath.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString(access.directoryMode())));
        }
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(socketPath);
        if (Files.exists(socketPath)) {
            if (answers(address)) {
                throw new DaemonAlreadyRunningException(socketPath);
            }
            Files.delete(socketPath);
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(address, 1024);
            if (access == SocketAccess.SHARED) {
                Files.setPosixFilePermissions(socketPath, PosixFilePermissions.fromString("rw-rw-rw-"));
            }
            DaemonServer daemon = new DaemonServer(kernel, socketPath, server);
            daemon.selectorThread.start();
            return daemon;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static boolean answers(UnixDomainSocketAddress address) {
        try (SocketChannel probe = SocketChannel.open(address)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public Path socketPath() { return socketPath; }

    public Kernel kernel() { return kernel; }

    /** The daemon's own kernel process (holds the objects kept for exited clients). */
    public KernelProcess daemonProcess() { return daemonProcess; }

    /** Connections open now. */
    public int connectionCount() {
        return connections.size();
    }

    private Map<String, KernelProcess> processesByLabel() {
        Map<String, KernelProcess> byLabel = new LinkedHashMap<>();
        connections.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getKey().number))
                .forEach(e -> byLabel.put(e.getKey().label, e.getValue()));
        return byLabel;
    }

    /** Blocks until the daemon stops (after {@link #close()} from another thread). */
    public void awaitTermination() throws InterruptedException {
        selectorThread.join();
    }

    /** Stops serving: closes every connection (terminating its process), the socket and its file. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        running = false;
        selector.wakeup();
        try {
            if (Thread.currentThread() != selectorThread) {
                selectorThread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(socketPath);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove " + socketPath + ": " + e.getMessage());
        }
    }

    // ---- selector thread -----------------------------------------------------------------------

    private void serve() {
        try {
            while (running) {
                selector.select();
                try {
                    serveReady();
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "unexpected failure in the daemon's selector loop; serving on", e);
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            LOG.log(Level.ERROR, "the daemon's selector failed; stopping", e);
        } finally {
            shutdown();
        }
    }

    /** One round: completed waits, accepts, reads (dispatching every frame), then one write per connection. */
    private void serveReady() {
        Runnable completion;
        while ((completion = completions.poll()) != null) {
            completion.run();
        }
        Set<SelectionKey> ready = selector.selectedKeys();
        for (SelectionKey key : ready) {
            if (!key.isValid()) {
                continue;
            }
            if (key.isAcceptable()) {
                acceptAll();
            } else if (key.attachment() instanceof Connection c) {
                onReady(key, c);
            }
        }
        ready.clear();
        flushDirty();
    }

    private void onReady(SelectionKey key, Connection c) {
        try {
            if (key.isReadable() && !c.readFrames(this::onFrame)) {
                close(c);
                return;
            }
            if (key.isValid() && key.isWritable()) {
                dirty.add(c);
            }
        } catch (IOException e) {
            close(c);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "dropping connection " + c.label + " after an unexpected failure", e);
            close(c);
        }
    }

    /** Accepts every pending connection; a failing accept (e.g. out of file descriptors) is logged and retried later. */
    private void acceptAll() {
        while (true) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "accept failed: " + e.getMessage());
                return;
            }
            if (channel == null) {
                return;
            }
            try {
                Caller caller = PeerCredentials.of(channel);
                channel.configureBlocking(false);
                KernelProcess process = kernel.attach(caller);
                Connection c = new Connection(connectionNumbers.incrementAndGet(), channel, process);
                c.key = channel.register(selector, SelectionKey.OP_READ, c);
                connections.put(c, process);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "refusing a connection: " + e.getMessage());
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // Refused either way.
                }
            }
        }
    }

    private void onFrame(Connection c, int tag, byte[] frame) {
        int function = frame.length >= 4 ? (frame[2] & 0xFF) | (frame[3] & 0xFF) << 8 : -1;
        if (DaemonFunction.isDaemonRange(function)) {
            reply(c, tag, services.handle(c.process, frame));
        } else if (function == IoFunction.WAIT_FOR_MULTIPLE.code()) {
            if (c.workers.size() >= MAX_PENDING_WAITS) {
                reply(c, tag, IoFrame.encodeReply(IoFrame.Reply.of(NtStatus.INSUFFICIENT_RESOURCES)));
                return;
            }
            Thread worker = Thread.ofVirtual().name("rz-wait-" + c.label).unstarted(() -> {
                byte[] reply = dispatcher.handle(c.process, frame);
                c.workers.remove(Thread.currentThread());
                completions.add(() -> {
                    if (!c.closed()) {
                        reply(c, tag, reply);
                    }
                });
                selector.wakeup();
            });
            c.workers.add(worker);
            worker.start();
        } else {
            reply(c, tag, dispatcher.handle(c.process, frame));
        }
    }

    private void reply(Connection c, int tag, byte[] replyFrame) {
        c.queueReply(tag, replyFrame);
        dirty.add(c);
    }

    private void flushDirty() {
        for (Connection c : dirty) {
            if (c.closed()) {
                continue;
            }
            try {
                c.flush();
            } catch (IOException e) {
                close(c);
            }
        }
        dirty.clear();
    }

    private void close(Connection c) {
        connections.remove(c);
        c.close();
    }

    private void shutdown() {
        for (Connection c : connections.keySet()) {
            close(c);
        }
        daemonProcess.terminate();
        try {
            selector.close();
            server.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the daemon socket: " + e.getMessage());
        }
    }
}
