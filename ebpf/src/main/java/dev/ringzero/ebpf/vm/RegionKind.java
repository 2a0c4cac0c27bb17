package dev.ringzero.ebpf.vm;

/** What a memory region holds; it names the region in fault messages. */
public enum RegionKind {
    STACK("stack"),
    CONTEXT("context"),
    PACKET("packet"),
    MAP_VALUE("map value"),
    GLOBAL_DATA("global data"),
    HELPER_MEMORY("helper memory"),
    /** A plain input buffer (the conformance tests' memory). */
    INPUT("input");

    private final String label;

    RegionKind(String label) {
        this.label = label;
    }

    /** The name used in messages, e.g. {@code "map value"}. */
    public String label() { return label; }
}
