/** The ringzero eBPF engine: usable on its own, with no dependency on the ringzero kernel. */
module dev.ringzero.ebpf {
    exports dev.ringzero.ebpf.isa;
    exports dev.ringzero.ebpf.elf;
    exports dev.ringzero.ebpf.btf;
    exports dev.ringzero.ebpf.platform;
    exports dev.ringzero.ebpf.verifier;
    exports dev.ringzero.ebpf.hook;
    exports dev.ringzero.ebpf.vm;
    exports dev.ringzero.ebpf.jit;
    exports dev.ringzero.ebpf.maps;
    exports dev.ringzero.ebpf.conformance;
    exports dev.ringzero.ebpf.objdump;
    exports dev.ringzero.ebpf.program;
    exports dev.ringzero.ebpf.helpers;
}
