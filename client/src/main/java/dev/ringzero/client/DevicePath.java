package dev.ringzero.client;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;

/**
 * The part of RtlDosPathNameToNtPathName that devices need: a Win32 device path {@code \\.\Name} (or
 * {@code \\?\Name}) is the NT name {@code \??\Name}, which the object manager resolves through the
 * symbolic link a driver created (e.g. {@code \??\Booster} to {@code \Device\Booster}).
 */
public final class DevicePath {
    private static final String DEVICE_PREFIX = "\\\\.\\";
    private static final String LITERAL_PREFIX = "\\\\?\\";
    private static final String DOS_DEVICES = "\\??\\";

    private DevicePath() {}

    /**
     * The NT name of a Win32 device path. An NT name (a single leading backslash) is returned as it
     * is, as CreateFile passes {@code \Device\...} on. Anything else is STATUS_OBJECT_PATH_SYNTAX_BAD:
     * ringzero has no drives and no current directory.
     */
    public static String toNtName(String path) {
        if (path == null || path.isEmpty()) {
            throw new NtStatusException(NtStatus.OBJECT_NAME_INVALID, "a device path is required");
        }
        for (String prefix : new String[] {DEVICE_PREFIX, LITERAL_PREFIX}) {
            if (path.startsWith(prefix)) {
                String name = path.substring(prefix.length());
                if (name.isEmpty()) {
                    throw new NtStatusException(NtStatus.OBJECT_NAME_INVALID, "no device name in " + path);
                }
                return DOS_DEVICES + name;
            }
        }
        if (path.startsWith("\\") && !path.startsWith("\\\\")) {
            return path;
        }
        throw new NtStatusException(NtStatus.OBJECT_PATH_SYNTAX_BAD, "not a device path (\\\\.\\Name) nor an NT name: " + path);
    }
}
