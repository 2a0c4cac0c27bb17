package dev.ringzero.kernel.datastack;

import dev.ringzero.kernel.abi.NtStatus;

/**
 * What a pop produced: the status, the item size reported through the in/out size parameter, and
 * the item itself when it was removed (null otherwise).
 */
public record Popped(NtStatus status, int itemSize, byte[] item) {}
