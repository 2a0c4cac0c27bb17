/** The ringzero kernel: object manager, object types (DataStack, Booster device, eBPF objects), daemon side. */
module dev.ringzero.kernel {
    requires dev.ringzero.ebpf;
    requires jdk.security.auth;
    requires jdk.net;
    exports dev.ringzero.kernel;
    exports dev.ringzero.kernel.abi;
    exports dev.ringzero.kernel.booster;
    exports dev.ringzero.kernel.ob;
    exports dev.ringzero.kernel.sync;
    exports dev.ringzero.kernel.event;
    exports dev.ringzero.kernel.datastack;
    exports dev.ringzero.kernel.ipc;
    exports dev.ringzero.kernel.io;
    exports dev.ringzero.kernel.daemon;
}
