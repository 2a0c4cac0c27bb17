package dev.ringzero.cli;

import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.IoCall;
import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.abi.IoOutput;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.ObjectAttributes;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The client model of {@code redis-benchmark}, for the daemon: one thread drives N connections through
 * a selector, each keeping P requests in flight (P/2 pushes then P/2 pops of a 3-byte item; with P = 1
 * a push, its reply, a pop, its reply), and counts the replies. It measures the daemon, not a client library.
 */
final class DsLoadGenerator implements AutoCloseable {
    private final Selector selector;
    private final List<Lane> lanes = new ArrayList<>();

    /** One connection: its pre-encoded batches (sent in turn), and how many replies of the last one are to come. */
    private static final class Lane {
        final SocketChannel channel;
        final List<ByteBuffer> batches;
        final int requestsPerBatch;
        final ByteBuffer in = ByteBuffer.allocateDirect(64 << 10).order(ByteOrder.LITTLE_ENDIAN);
        int next;
        int awaited;

        Lane(SocketChannel channel, List<ByteBuffer> batches, int requestsPerBatch) {
            this.channel = channel;
            this.batches = batches;
            this.requestsPerBatch = requestsPerBatch;
        }
    }

    DsLoadGenerator(Path socket, String stackPath, int connections, int pipeline) throws IOException {
        selector = Selector.open();
        for (int i = 0; i < connections; i++) {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            int handle = open(channel, stackPath);
            IoCall push = new IoCall.PushDataStack(IoCall.BUFFER_PRESENT, DsBenchmark.ITEM.length, DsBenchmark.ITEM);
            IoCall pop = new IoCall.PopDataStack(IoCall.BUFFER_PRESENT, 16);
            byte[] pushFrame = IoFrame.encodeRequest(push.function(), handle, push.encode());
            byte[] popFrame = IoFrame.encodeRequest(pop.function(), handle, pop.encode());
            List<ByteBuffer> batches = new ArrayList<>();
            if (pipeline == 1) {
                batches.add(batch(List.of(pushFrame)));
                batches.add(batch(List.of(popFrame)));
            } else {
                List<byte[]> frames = new ArrayList<>();
                for (int p = 0; p < pipeline / 2; p++) {
                    frames.add(pushFrame);
                }
                for (int p = 0; p < pipeline / 2; p++) {
                    frames.add(popFrame);
                }
                batches.add(batch(frames));
            }
            channel.configureBlocking(false);
            Lane lane = new Lane(channel, batches, pipeline == 1 ? 1 : pipeline / 2 * 2);
            channel.register(selector, SelectionKey.OP_READ, lane);
            lanes.add(lane);
        }
    }

    /** The frames, each with its length prefix and tag, in one direct buffer ready to write. */
    private static ByteBuffer batch(List<byte[]> frames) {
        ByteBuffer batch = ByteBuffer.allocateDirect(frames.stream().mapToInt(f -> f.length + 8).sum())
                .order(ByteOrder.LITTLE_ENDIAN);
        for (byte[] f : frames) {
            batch.putInt(4 + f.length).putInt(0).put(f);
        }
        return batch.flip();
    }

    /** OPEN_DATASTACK by absolute path over a blocking channel; returns the handle. */
    private static int open(SocketChannel channel, String path) throws IOException {
        IoCall open = new IoCall.OpenDataStack(AccessMask.GENERIC_WRITE,
                ObjectAttributes.absolute(path, ObjectAttributes.CASE_INSENSITIVE));
        byte[] frame = IoFrame.encodeRequest(open.function(), 0, open.encode());
        ByteBuffer request = ByteBuffer.allocate(8 + frame.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(4 + frame.length).putInt(0).put(frame).flip();
        while (request.hasRemaining()) {
            channel.write(request);
        }
        ByteBuffer header = readFully(channel, 8);
        IoFrame.Reply reply = IoFrame.decodeReply(readFully(channel, header.getInt() - 4).array());
        if (reply.status() != NtStatus.SUCCESS.code()) {
            throw new IOException("cannot open " + path + ": status 0x" + Integer.toHexString(reply.status()));
        }
        return IoOutput.HandleValue.decode(reply.output()).handle();
    }

    private static ByteBuffer readFully(SocketChannel channel, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (channel.read(b) < 0) {
                throw new IOException("the daemon closed the connection");
            }
        }
        return b.flip();
    }

    /** Runs until {@code stopAtNanos}; returns the replies received after {@code countFromNanos}. */
    long run(long countFromNanos, long stopAtNanos) throws IOException {
        long counted = 0;
        for (Lane lane : lanes) {
            send(lane);
        }
        while (true) {
            long now = System.nanoTime();
            if (now >= stopAtNanos) {
                break;
            }
            selector.select(Math.max(1, (stopAtNanos - now) / 1_000_000));
            boolean counting = System.nanoTime() >= countFromNanos;
            for (SelectionKey key : selector.selectedKeys()) {
                Lane lane = (Lane) key.attachment();
                int replies = receive(lane);
                if (counting) {
                    counted += replies;
                }
                if (lane.awaited == 0) {
                    send(lane);
                }
            }
            selector.selectedKeys().clear();
        }
        drain();
        return counted;
    }

    private static void send(Lane lane) throws IOException {
        ByteBuffer batch = lane.batches.get(lane.next);
        lane.next = (lane.next + 1) % lane.batches.size();
        batch.rewind();
        while (batch.hasRemaining()) {
            lane.channel.write(batch);
        }
        lane.awaited = lane.requestsPerBatch;
    }

    /** Reads what arrived and counts the complete reply frames. */
    private static int receive(Lane lane) throws IOException {
        if (lane.channel.read(lane.in) < 0) {
            throw new IOException("the daemon closed the connection");
        }
        lane.in.flip();
        int replies = 0;
        while (lane.in.remaining() >= 4 && lane.in.remaining() >= 4 + lane.in.getInt(lane.in.position())) {
            lane.in.position(lane.in.position() + 4 + lane.in.getInt(lane.in.position()));
            replies++;
        }
        lane.in.compact();
        lane.awaited -= replies;
        return replies;
    }

    /** Collects the replies still in flight, so the connections close cleanly. */
    private void drain() throws IOException {
        selector.close();
        for (Lane lane : lanes) {
            lane.channel.configureBlocking(true);
            while (lane.awaited > 0) {
                receive(lane);
            }
        }
    }

    @Override
    public void close() throws IOException {
        selector.close();
        for (Lane lane : lanes) {
            lane.channel.close();
        }
    }
}
