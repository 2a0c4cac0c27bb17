package dev.ringzero.kernel.abi;

/**
 * Specific access rights of file objects, which a handle to a device is (winnt.h values), and the
 * generic mapping Windows gives files: GENERIC_READ is FILE_GENERIC_READ, and so on.
 */
public final class FileAccess {
    public static final int READ_DATA = 0x0001;
    public static final int WRITE_DATA = 0x0002;
    public static final int APPEND_DATA = 0x0004;
    public static final int READ_EA = 0x0008;
    public static final int WRITE_EA = 0x0010;
    public static final int EXECUTE = 0x0020;
    public static final int READ_ATTRIBUTES = 0x0080;
    public static final int WRITE_ATTRIBUTES = 0x0100;

    /** STANDARD_RIGHTS_READ | READ_DATA | READ_ATTRIBUTES | READ_EA | SYNCHRONIZE = 0x00120089. */
    public static final int GENERIC_READ = AccessMask.STANDARD_RIGHTS_READ | READ_DATA | READ_ATTRIBUTES | READ_EA
            | AccessMask.SYNCHRONIZE;
    /** STANDARD_RIGHTS_WRITE | WRITE_DATA | WRITE_ATTRIBUTES | WRITE_EA | APPEND_DATA | SYNCHRONIZE = 0x00120116. */
    public static final int GENERIC_WRITE = AccessMask.STANDARD_RIGHTS_WRITE | WRITE_DATA | WRITE_ATTRIBUTES | WRITE_EA
            | APPEND_DATA | AccessMask.SYNCHRONIZE;
    /** STANDARD_RIGHTS_EXECUTE | READ_ATTRIBUTES | EXECUTE | SYNCHRONIZE = 0x001200A0. */
    public static final int GENERIC_EXECUTE = AccessMask.STANDARD_RIGHTS_EXECUTE | READ_ATTRIBUTES | EXECUTE
            | AccessMask.SYNCHRONIZE;
    /** STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x1FF = 0x001F01FF. */
    public static final int ALL_ACCESS = AccessMask.STANDARD_RIGHTS_REQUIRED | AccessMask.SYNCHRONIZE | 0x1FF;

    private FileAccess() {}
}
