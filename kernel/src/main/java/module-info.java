/** The ringzero kernel: object manager, object types (DataStack, Booster device, eBPF objects), daemon side. */
module dev.ringzero.kernel {
    requires dev.ringzero.ebpf;
    exports dev.ringzero.kernel.abi;
    exports dev.ringzero.kernel.booster;
}
