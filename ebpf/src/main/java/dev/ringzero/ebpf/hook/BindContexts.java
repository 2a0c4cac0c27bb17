package dev.ringzero.ebpf.hook;

import dev.ringzero.ebpf.program.ContextInput;
import java.net.Inet4Address;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a {@link BindEvent} into the {@code bind_md_t} a bind program sees: the app id as the data
 * between {@code app_id_start} and {@code app_id_end}, the process id, the socket address as the
 * Windows {@code SOCKADDR_IN} it is there (family 2 little-endian, port and address in network order),
 * its length, the operation and the protocol.
 */
public final class BindContexts {

    /** AF_INET as Windows numbers it. */
    public static final int AF_INET = 2;

    private BindContexts() {}

    public static ContextInput of(BindEvent event) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("process_id", ContextInput.littleEndian(event.processId(), 8));
        byte[] address = socketAddress(event);
        fields.put("socket_address", address);
        fields.put("socket_address_length", new byte[] {16});
        fields.put("operation", ContextInput.littleEndian(event.operation().value(), 4));
        fields.put("protocol", new byte[] {(byte) event.protocol()});
        return new ContextInput(event.appIdBytes(), fields);
    }

    private static byte[] socketAddress(BindEvent event) {
        byte[] sockaddr = new byte[16];
        int port = event.address().getPort();
        sockaddr[0] = (byte) AF_INET;
        sockaddr[2] = (byte) (port >>> 8);
        sockaddr[3] = (byte) port;
        if (event.address().getAddress() instanceof Inet4Address v4) {
            System.arraycopy(v4.getAddress(), 0, sockaddr, 4, 4);
        }
        return sockaddr;
    }
}
