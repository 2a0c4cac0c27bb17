package dev.ringzero.client;

import dev.ringzero.kernel.daemon.DaemonSocket;
import dev.ringzero.kernel.daemon.SocketFrame;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Frames to the daemon over its Unix socket ({@link SocketFrame}: length, tag, IoFrame). Thread-safe:
 * any number of threads may have calls in flight on one connection; replies are matched by tag, so a
 * blocked wait does not hold up other threads' calls. {@link #roundTrips(List)} pipelines: it writes
 * several requests in one write and collects their replies.
 *
 * <p>No reader thread: a caller waiting for its reply reads the socket itself if no other caller is
 * reading, and hands each reply it reads to the thread that asked for it (leader/follower), so a
 * lone caller pays one wake-up per round trip. Interrupting a thread blocked in a call closes the
 * connection (as for any interruptible channel).
 */
public final class SocketTransport implements FrameTransport, AutoCloseable {
    private static final int HEADER = SocketFrame.PREFIX_BYTES + SocketFrame.TAG_BYTES;

    private final Path socket;
    private final SocketChannel channel;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final Map<Integer, PendingCall> pending = new ConcurrentHashMap<>();
    private final AtomicInteger tags = new AtomicInteger();
    /** Guarded by {@link #readLock}. */
    private ByteBuffer in = ByteBuffer.allocate(64 << 10).order(ByteOrder.LITTLE_ENDIAN).flip();
    private volatile DaemonConnectionException failure;

    private static final class PendingCall {
        final Thread caller = Thread.currentThread();
        volatile byte[] reply;
    }

    private SocketTransport(Path socket, SocketChannel channel) {
        this.socket = socket;
        this.channel = channel;
    }

    /** Connects to the daemon at the default path ({@link DaemonSocket#defaultPath()}). */
    public static SocketTransport connect() {
        return connect(DaemonSocket.defaultPath());
    }

    /** Connects to the daemon listening at {@code socket}; {@link DaemonUnavailableException} if none does. */
    public static SocketTransport connect(Path socket) {
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return new SocketTransport(socket, channel);
        } catch (IOException e) {
            throw new DaemonUnavailableException(socket, e);
        }
    }

    public Path socket() { return socket; }

    @Override
    public byte[] roundTrip(byte[] requestFrame) {
        return roundTrips(List.of(requestFrame)).getFirst();
    }

    /** Sends every request in one write, then returns their replies in the same order. */
    public List<byte[]> roundTrips(List<byte[]> requestFrames) {
        checkOpen();
        List<PendingCall> calls = new ArrayList<>(requestFrames.size());
        int total = 0;
        for (byte[] frame : requestFrames) {
            if (frame.length > SocketFrame.MAX_LENGTH - SocketFrame.TAG_BYTES) {
                throw new IllegalArgumentException("a " + frame.length + "-byte frame exceeds the socket frame limit");
            }
            total += HEADER + frame.length;
        }
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        for (byte[] frame : requestFrames) {
            int tag = tags.incrementAndGet();
            PendingCall call = new PendingCall();
            pending.put(tag, call);
            calls.add(call);
            out.putInt(SocketFrame.TAG_BYTES + frame.length).putInt(tag).put(frame);
        }
        out.flip();
        send(out);
        List<byte[]> replies = new ArrayList<>(calls.size());
        for (PendingCall call : calls) {
            replies.add(await(call));
        }
        return replies;
    }

    private void send(ByteBuffer out) {
        writeLock.lock();
        try {
            while (out.hasRemaining()) {
                channel.write(out);
            }
        } catch (IOException e) {
            throw fail("cannot send to the daemon at " + socket, e);
        } finally {
            writeLock.unlock();
        }
    }

    private byte[] await(PendingCall call) {
        boolean interrupted = false;
        try {
            while (call.reply == null) {
                checkOpen();
                if (readLock.tryLock()) {
                    try {
                        while (call.reply == null) {
                            readReply();
                        }
                    } finally {
                        readLock.unlock();
                        wakeWaiters();
                    }
                } else {
                    LockSupport.park(this);
                    interrupted |= Thread.interrupted();
                }
            }
            return call.reply;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Reads one reply (the caller holds the read lock) and hands it to the thread that asked for it. */
    private void readReply() {
        try {
            fill(HEADER);
            int length = in.getInt(in.position());
            if (!SocketFrame.acceptableLength(length)) {
                throw fail("the daemon sent a frame length of " + Integer.toUnsignedString(length), null);
            }
            fill(SocketFrame.PREFIX_BYTES + length);
            in.getInt();
            int tag = in.getInt();
            byte[] reply = new byte[length - SocketFrame.TAG_BYTES];
            in.get(reply);
            PendingCall call = pending.remove(tag);
            if (call == null) {
                throw fail("the daemon answered tag " + tag + ", which no call is waiting for", null);
            }
            call.reply = reply;
            LockSupport.unpark(call.caller);
        } catch (IOException e) {
            throw fail("lost the connection to the daemon at " + socket, e);
        }
    }

    /** Makes at least {@code bytes} bytes readable in {@link #in}. */
    private void fill(int bytes) throws IOException {
        if (in.remaining() >= bytes) {
            return;
        }
        if (in.capacity() < bytes) {
            ByteBuffer larger = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
            larger.put(in);
            in = larger;
        } else {
            in.compact();
        }
        while (in.position() < bytes) {
            if (channel.read(in) < 0) {
                throw new IOException("the daemon closed the connection");
            }
        }
        in.flip();
    }

    private void wakeWaiters() {
        for (PendingCall call : pending.values()) {
            LockSupport.unpark(call.caller);
        }
    }

    private void checkOpen() {
        DaemonConnectionException f = failure;
        if (f != null) {
            throw new DaemonConnectionException(f.getMessage(), f);
        }
    }

    private DaemonConnectionException fail(String message, Throwable cause) {
        DaemonConnectionException f = new DaemonConnectionException(message, cause);
        if (failure == null) {
            failure = f;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Already failing.
        }
        wakeWaiters();
        return f;
    }

    /** Closes the connection: the daemon closes this process's handles; calls in flight fail. */
    @Override
    public void close() {
        fail("the connection to " + socket + " is closed", null);
    }
}
