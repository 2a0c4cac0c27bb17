package dev.ringzero.client;

import dev.ringzero.kernel.abi.NtStatus;

/** NtQueryInformationDataStack's status and ReturnLength (-1 when not requested). */
public record QueryInformationResult(NtStatus status, int returnLength) {}
