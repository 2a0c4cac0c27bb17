package dev.ringzero.kernel.ob;

import dev.ringzero.kernel.abi.NtStatus;

/**
 * The result of inserting or opening an object: the new handle, and SUCCESS or the informational
 * STATUS_OBJECT_NAME_EXISTS when OBJ_OPENIF opened an existing object of the same type.
 */
public record Inserted(int handle, NtStatus status) {
    public boolean openedExisting() {
        return status == NtStatus.OBJECT_NAME_EXISTS;
    }
}
