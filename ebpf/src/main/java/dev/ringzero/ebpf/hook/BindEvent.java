package dev.ringzero.ebpf.hook;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One bind operation as the bind hook reports it: the process, its application id (the executable
 * path, as eBPF for Windows' {@code app_id}; UTF-8 here), the address and the protocol.
 */
public record BindEvent(long processId, String appId, InetSocketAddress address, int protocol,
                        BindOperation operation) {

    public static final int IPPROTO_TCP = 6;
    public static final int IPPROTO_UDP = 17;

    public BindEvent {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(operation, "operation");
    }

    /** The app id bytes the program sees between {@code app_id_start} and {@code app_id_end}. */
    public byte[] appIdBytes() {
        return appId.getBytes(StandardCharsets.UTF_8);
    }
}
