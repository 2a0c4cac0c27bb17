package dev.ringzero.kernel.daemon;

import dev.ringzero.kernel.ob.KernelProcess;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client connection, driven only by the selector thread: the bytes read so far, the replies not
 * yet written, and the worker threads running its blocking calls. Its kernel process lives exactly as
 * long as the connection.
 */
final class Connection {
    /** Read buffer size; grown for larger frames, shrunk back once they are consumed. */
    static final int INITIAL_BUFFER = 64 << 10;
    /** Stop reading from a client that has this many reply bytes unread (it is not reading its replies). */
    static final long BACKLOG_LIMIT = 8L << 20;

    /** What to do with each complete frame (tag + IoFrame bytes) read from the connection. */
    interface FrameSink {
        void frame(Connection connection, int tag, byte[] frame);
    }

    /** Accept order, from 1; {@link #label} is {@code #number}. */
    final long number;
    final String label;
    final SocketChannel channel;
    final KernelProcess process;
    final Set<Thread> workers = ConcurrentHashMap.newKeySet();
    /** Replies not yet written, in write mode (position = bytes queued). */
    private ByteBuffer out = newBuffer(INITIAL_BUFFER);
    private ByteBuffer in = newBuffer(INITIAL_BUFFER);
    SelectionKey key;
    private boolean closed;

    Connection(long number, SocketChannel channel, KernelProcess process) {
        this.number = number;
        this.label = "#" + number;
        this.channel = channel;
        this.process = process;
    }

    /** Direct buffers: the socket reads and writes them without an extra copy. */
    private static ByteBuffer newBuffer(int capacity) {
        return ByteBuffer.allocateDirect(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }

    boolean closed() {
        return closed;
    }

    /**
     * Reads what is available and hands every complete frame to {@code sink}, in order.
     * Returns false when the connection must be closed (end of stream or an unanswerable length).
     */
    boolean readFrames(FrameSink sink) throws IOException {
        int n = channel.read(in);
        if (n < 0) {
            return false;
        }
        in.flip();
        while (in.remaining() >= SocketFrame.PREFIX_BYTES) {
            int length = in.getInt(in.position());
            if (!SocketFrame.acceptableLength(length)) {
                return false;
            }
            int needed = SocketFrame.PREFIX_BYTES + length;
            if (in.remaining() < needed) {
                if (needed > in.capacity()) {
                    // Grow by doubling as bytes arrive, never to the announced length at once: a client
                    // announcing 64 MiB and sending nothing costs the daemon nothing.
                    ByteBuffer larger = newBuffer((int) Math.min(needed, 2L * in.capacity()));
                    larger.put(in);
                    in = larger;
                    return true;
                }
                break;
            }
            in.getInt();
            int tag = in.getInt();
            byte[] frame = new byte[length - SocketFrame.TAG_BYTES];
            in.get(frame);
            sink.frame(this, tag, frame);
        }
        if (!in.hasRemaining() && in.capacity() > INITIAL_BUFFER) {
            in = newBuffer(INITIAL_BUFFER);
        } else {
            in.compact();
        }
        return true;
    }

    /** Queues a reply; {@link #flush()} writes every queued reply in one write. */
    void queueReply(int tag, byte[] replyFrame) {
        int needed = SocketFrame.PREFIX_BYTES + SocketFrame.TAG_BYTES + replyFrame.length;
        if (out.remaining() < needed) {
            ByteBuffer larger = newBuffer((int) Math.min(Integer.MAX_VALUE - 8, Math.max(2L * out.capacity(),
                    (long) out.position() + needed)));
            larger.put(out.flip());
            out = larger;
        }
        out.putInt(SocketFrame.TAG_BYTES + replyFrame.length).putInt(tag).put(replyFrame);
    }

    /** Writes as much as the socket takes; keeps interest in writes while replies remain, in reads while the backlog is small. */
    void flush() throws IOException {
        if (out.position() > 0) {
            out.flip();
            channel.write(out);
            if (!out.hasRemaining() && out.capacity() > INITIAL_BUFFER) {
                out = newBuffer(INITIAL_BUFFER);
            } else {
                out.compact();
            }
        }
        int ops = SelectionKey.OP_READ;
        if (out.position() > 0) {
            ops |= SelectionKey.OP_WRITE;
        }
        if (out.position() > BACKLOG_LIMIT) {
            ops &= ~SelectionKey.OP_READ;
        }
        if (key.isValid() && key.interestOps() != ops) {
            key.interestOps(ops);
        }
    }

    /** Closes the socket, terminates the kernel process (closing its handles) and cancels its blocked calls. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // The connection is gone either way.
        }
        workers.forEach(Thread::interrupt);
        process.terminate();
    }
}
