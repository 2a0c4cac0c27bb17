/** The ringzero client API: DataStacks, Events and waits over a NativeApi (embedded kernel or, later, the daemon). */
module dev.ringzero.client {
    requires transitive dev.ringzero.kernel;
    exports dev.ringzero.client;
}
