package dev.ringzero.ebpf.platform;

/** The two eBPF ABIs ringzero implements: eBPF for Windows and the Linux kernel's. */
public enum Platform {
    WINDOWS,
    LINUX;

    /** The helper functions of this platform, numbered as its headers number them. */
    public HelperTable helpers() {
        return HelperTable.of(this);
    }
}
