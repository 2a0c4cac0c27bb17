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
    SOCKET("sock_common"),
    /** Memory reserved in a ring buffer ({@code bpf_ringbuf_reserve}); its size is in {@link State#refs}. */
    RINGBUF_MEM("ringbuf_mem"),
    /**
     * A kernel object described by BTF ({@code bpf_get_current_task_btf}, an XDP socket from an xskmap lookup):
     * compared and passed on, never dereferenced here.
     */
    BTF_ID("ptr_to_btf_id"),
    /** A static function's address (an {@code lddw} of kind FUNC), for helpers that call back; mapIndex holds its pc. */
    FUNC("func"),
    /** The key a map iteration callback receives ({@code bpf_for_each_map_elem}): readable, never written. */
    MAP_KEY("map_key");

    private final String display;

    Region(String display) {
        this.display = display;
    }

    public String display() { return display; }
}
