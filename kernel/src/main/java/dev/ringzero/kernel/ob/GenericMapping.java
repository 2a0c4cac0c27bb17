package dev.ringzero.kernel.ob;

import dev.ringzero.kernel.abi.AccessMask;

/** GENERIC_MAPPING: what GENERIC_READ/WRITE/EXECUTE/ALL mean for one object type. */
public record GenericMapping(int genericRead, int genericWrite, int genericExecute, int genericAll) {

    /** RtlMapGenericMask: replaces the generic bits of {@code mask} by the type's specific rights. */
    public int map(int mask) {
        int mapped = mask & ~AccessMask.GENERIC_ANY;
        if ((mask & AccessMask.GENERIC_READ) != 0) mapped |= genericRead;
        if ((mask & AccessMask.GENERIC_WRITE) != 0) mapped |= genericWrite;
        if ((mask & AccessMask.GENERIC_EXECUTE) != 0) mapped |= genericExecute;
        if ((mask & AccessMask.GENERIC_ALL) != 0) mapped |= genericAll;
        return mapped;
    }
}
