package dev.ringzero.kernel.abi;

/**
 * The standard and generic access rights shared by every object type (winnt.h values), and helpers
 * to read a mask. Type-specific rights live with their type: {@link DataStackAccess},
 * {@link EventAccess}, {@link DirectoryAccess}.
 */
public final class AccessMask {
    public static final int DELETE = 0x0001_0000;
    public static final int READ_CONTROL = 0x0002_0000;
    public static final int WRITE_DAC = 0x0004_0000;
    public static final int WRITE_OWNER = 0x0008_0000;
    public static final int SYNCHRONIZE = 0x0010_0000;

    public static final int STANDARD_RIGHTS_REQUIRED = 0x000F_0000;
    public static final int STANDARD_RIGHTS_READ = READ_CONTROL;
    public static final int STANDARD_RIGHTS_WRITE = READ_CONTROL;
    public static final int STANDARD_RIGHTS_EXECUTE = READ_CONTROL;
    public static final int STANDARD_RIGHTS_ALL = 0x001F_0000;

    public static final int MAXIMUM_ALLOWED = 0x0200_0000;

    public static final int GENERIC_ALL = 0x1000_0000;
    public static final int GENERIC_EXECUTE = 0x2000_0000;
    public static final int GENERIC_WRITE = 0x4000_0000;
    public static final int GENERIC_READ = 0x8000_0000;

    /** All four generic bits. */
    public static final int GENERIC_ANY = GENERIC_READ | GENERIC_WRITE | GENERIC_EXECUTE | GENERIC_ALL;

    private AccessMask() {}

    /** True when every bit of {@code required} is present in {@code granted}. */
    public static boolean grants(int granted, int required) {
        return (granted & required) == required;
    }

    /** The mask as hexadecimal, e.g. {@code 0x001F000F}. */
    public static String format(int mask) {
        return String.format("0x%08X", mask);
    }
}
