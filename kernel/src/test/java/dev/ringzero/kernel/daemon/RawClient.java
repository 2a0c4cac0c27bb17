package dev.ringzero.kernel.daemon;

import dev.ringzero.kernel.abi.IoCall;
import dev.ringzero.kernel.abi.IoFrame;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/** A test client speaking the socket framing byte by byte, so tests can send anything. */
final class RawClient implements AutoCloseable {
    record TaggedReply(int tag, IoFrame.Reply reply) {}

    private final SocketChannel channel;

    RawClient(Path socket) throws IOException {
        channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
    }

    static byte[] request(int handle, IoCall call) {
        return IoFrame.encodeRequest(call.function(), handle, call.encode());
    }

    static byte[] framed(int tag, byte[] frame) {
        return ByteBuffer.allocate(8 + frame.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(4 + frame.length).putInt(tag).put(frame).array();
    }

    void sendRaw(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    void send(int tag, byte[] frame) throws IOException {
        sendRaw(framed(tag, frame));
    }

    TaggedReply receive() throws IOException {
        ByteBuffer header = read(8);
        int length = header.getInt();
        int tag = header.getInt();
        byte[] frame = read(length - 4).array();
        return new TaggedReply(tag, IoFrame.decodeReply(frame));
    }

    IoFrame.Reply call(int handle, IoCall call) throws IOException {
        send(1, request(handle, call));
        return receive().reply();
    }

    /** True when the daemon closed the connection (end of stream on the next read). */
    boolean closedByPeer() throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        try {
            return channel.read(one) < 0;
        } catch (IOException e) {
            return true;
        }
    }

    private ByteBuffer read(int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (channel.read(b) < 0) {
                throw new IOException("the daemon closed the connection");
            }
        }
        return b.flip();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
