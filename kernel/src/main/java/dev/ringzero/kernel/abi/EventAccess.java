package dev.ringzero.kernel.abi;

/** Specific access rights of Event objects (winnt.h values). */
public final class EventAccess {
    public static final int QUERY_STATE = 0x1;
    public static final int MODIFY_STATE = 0x2;
    /** STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3 = 0x001F0003. */
    public static final int ALL_ACCESS = AccessMask.STANDARD_RIGHTS_REQUIRED | AccessMask.SYNCHRONIZE | 0x3;

    private EventAccess() {}
}
