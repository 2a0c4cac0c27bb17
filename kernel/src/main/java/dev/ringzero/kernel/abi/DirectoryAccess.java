package dev.ringzero.kernel.abi;

/** Specific access rights of object directories (ntddk values). */
public final class DirectoryAccess {
    public static final int QUERY = 0x1;
    public static final int TRAVERSE = 0x2;
    public static final int CREATE_OBJECT = 0x4;
    public static final int CREATE_SUBDIRECTORY = 0x8;
    /** STANDARD_RIGHTS_REQUIRED | 0xF = 0x000F000F. */
    public static final int ALL_ACCESS = AccessMask.STANDARD_RIGHTS_REQUIRED | 0xF;

    private DirectoryAccess() {}
}
