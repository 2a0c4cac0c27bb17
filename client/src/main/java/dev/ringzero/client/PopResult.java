package dev.ringzero.client;

import dev.ringzero.kernel.abi.NtStatus;

/** NtPopDataStack's status and the value written back through its in/out size parameter. */
public record PopResult(NtStatus status, int itemSize) {}
