/** The ringzero eBPF engine: usable on its own, with no dependency on the ringzero kernel. */
module dev.ringzero.ebpf {
    exports dev.ringzero.ebpf.isa;
    exports dev.ringzero.ebpf.platform;
    exports dev.ringzero.ebpf.verifier;
}
