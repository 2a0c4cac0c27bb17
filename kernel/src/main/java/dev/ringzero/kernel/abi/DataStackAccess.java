package dev.ringzero.kernel.abi;

/** Specific access rights of DataStack objects (the articles' DataStackNativeAPI.h). */
public final class DataStackAccess {
    public static final int QUERY = 0x1;
    public static final int PUSH = 0x2;
    public static final int POP = 0x4;
    public static final int CLEAR = 0x8;
    /** STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | QUERY | PUSH | POP | CLEAR = 0x001F000F. */
    public static final int ALL_ACCESS =
            AccessMask.STANDARD_RIGHTS_REQUIRED | AccessMask.SYNCHRONIZE | QUERY | PUSH | POP | CLEAR;

    private DataStackAccess() {}
}
