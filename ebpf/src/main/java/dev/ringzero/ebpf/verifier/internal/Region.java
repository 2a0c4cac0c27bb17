package dev.ringzero.ebpf.verifier.internal;

/** The memory a pointer points into. */
public enum Region {
    CTX("ctx"),
    STACK("stack"),
    PACKET("packet"),
    PACKET_END("packet_end"),
    PACKET_META("packet_meta"),
    MAP_VALUE("map_value"),
    MAP_PTR("map_ptr"),
    /** A socket's common fields ({@code struct bpf_sock}), as {@code __sk_buff->sk} gives it (Linux). */
    SOCKET("sock_common");

    private final String display;

    Region(String display) {
        this.display = display;
    }

    public String display() { return display; }
}
