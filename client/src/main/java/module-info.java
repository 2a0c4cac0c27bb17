/** The ringzero client API: DataStacks, Events, waits and the Booster device over a NativeApi (embedded kernel or the daemon). */
module dev.ringzero.client {
    requires transitive dev.ringzero.kernel;
    exports dev.ringzero.client;
}
