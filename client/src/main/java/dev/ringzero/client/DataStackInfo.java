package dev.ringzero.client;

import dev.ringzero.kernel.abi.DataStackConfiguration;

/** GetDataStackItemCount, GetDataStackSize and GetDataStackConfig in one value. */
public record DataStackInfo(int itemCount, long totalSize, DataStackConfiguration configuration) {}
