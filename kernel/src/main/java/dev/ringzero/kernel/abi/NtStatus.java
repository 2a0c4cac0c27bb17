package dev.ringzero.kernel.abi;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * NTSTATUS values ringzero returns, each with the Win32 error code that {@code RtlNtStatusToDosError}
 * maps it to. The one table shared by the kernel, the wire protocol, the client API and the CLI.
 */
public enum NtStatus {
    SUCCESS(0x0000_0000, 0),
    TIMEOUT(0x0000_0102, 258),                    // WAIT_TIMEOUT
    PENDING(0x0000_0103, 997),                    // ERROR_IO_PENDING
    OBJECT_NAME_EXISTS(0x4000_0000, 183),         // ERROR_ALREADY_EXISTS (informational: opened existing)
    BUFFER_OVERFLOW(0x8000_0005, 234),            // ERROR_MORE_DATA
    NO_MORE_ENTRIES(0x8000_001A, 259),            // ERROR_NO_MORE_ITEMS
    UNSUCCESSFUL(0xC000_0001, 31),                // ERROR_GEN_FAILURE
    NOT_IMPLEMENTED(0xC000_0002, 1),              // ERROR_INVALID_FUNCTION
    INVALID_INFO_CLASS(0xC000_0003, 87),          // ERROR_INVALID_PARAMETER
    INFO_LENGTH_MISMATCH(0xC000_0004, 24),        // ERROR_BAD_LENGTH
    INVALID_HANDLE(0xC000_0008, 6),               // ERROR_INVALID_HANDLE
    INVALID_CID(0xC000_000B, 87),                 // ERROR_INVALID_PARAMETER
    INVALID_PARAMETER(0xC000_000D, 87),
    INVALID_DEVICE_REQUEST(0xC000_0010, 1),       // ERROR_INVALID_FUNCTION
    NO_MEMORY(0xC000_0017, 8),                    // ERROR_NOT_ENOUGH_MEMORY
    ACCESS_DENIED(0xC000_0022, 5),                // ERROR_ACCESS_DENIED
    BUFFER_TOO_SMALL(0xC000_0023, 122),           // ERROR_INSUFFICIENT_BUFFER
    OBJECT_TYPE_MISMATCH(0xC000_0024, 6),         // ERROR_INVALID_HANDLE
    OBJECT_NAME_INVALID(0xC000_0033, 123),        // ERROR_INVALID_NAME
    OBJECT_NAME_NOT_FOUND(0xC000_0034, 2),        // ERROR_FILE_NOT_FOUND
    OBJECT_NAME_COLLISION(0xC000_0035, 183),      // ERROR_ALREADY_EXISTS
    INVALID_PARAMETER_MIX(0xC000_0030, 87),       // ERROR_INVALID_PARAMETER
    OBJECT_PATH_NOT_FOUND(0xC000_003A, 3),        // ERROR_PATH_NOT_FOUND
    OBJECT_PATH_SYNTAX_BAD(0xC000_003B, 161),     // ERROR_BAD_PATHNAME
    REVISION_MISMATCH(0xC000_0059, 1306),         // ERROR_REVISION_MISMATCH
    PRIVILEGE_NOT_HELD(0xC000_0061, 1314),        // ERROR_PRIVILEGE_NOT_HELD
    INVALID_IMAGE_FORMAT(0xC000_007B, 193),       // ERROR_BAD_EXE_FORMAT
    INSUFFICIENT_RESOURCES(0xC000_009A, 1450),    // ERROR_NO_SYSTEM_RESOURCES
    NOT_SUPPORTED(0xC000_00BB, 50),               // ERROR_NOT_SUPPORTED
    DEVICE_DOES_NOT_EXIST(0xC000_00C0, 55),       // ERROR_DEV_NOT_EXIST
    PIPE_EMPTY(0xC000_00D9, 232),                 // ERROR_NO_DATA
    INTERNAL_ERROR(0xC000_00E5, 1359),            // ERROR_INTERNAL_ERROR
    INVALID_PARAMETER_1(0xC000_00EF, 87),
    INVALID_PARAMETER_2(0xC000_00F0, 87),
    INVALID_PARAMETER_3(0xC000_00F1, 87),
    INVALID_PARAMETER_4(0xC000_00F2, 87),
    PROCESS_IS_TERMINATING(0xC000_010A, 5),       // ERROR_ACCESS_DENIED
    CANCELLED(0xC000_0120, 995),                  // ERROR_OPERATION_ABORTED
    INVALID_BUFFER_SIZE(0xC000_0206, 1784),       // ERROR_INVALID_USER_BUFFER
    NOT_FOUND(0xC000_0225, 1168),                 // ERROR_NOT_FOUND
    NOT_CAPABLE(0xC000_0429, 775);                // ERROR_NOT_CAPABLE

    private static final Map<Integer, NtStatus> BY_CODE = new HashMap<>();

    static {
        for (NtStatus status : values()) {
            BY_CODE.put(status.code, status);
        }
    }

    private final int code;
    private final int win32Error;

    NtStatus(int code, int win32Error) {
        this.code = code;
        this.win32Error = win32Error;
    }

    /** The 32-bit NTSTATUS value, e.g. {@code 0xC00000D9} for PIPE_EMPTY. */
    public int code() { return code; }

    /** The Win32 error the status maps to, e.g. 232 (ERROR_NO_DATA) for PIPE_EMPTY. */
    public int win32Error() { return win32Error; }

    /** The name as Windows headers spell it, e.g. {@code STATUS_PIPE_EMPTY}. */
    public String statusName() { return "STATUS_" + name(); }

    public boolean isSuccess() { return code >= 0; }

    public boolean isError() { return (code >>> 30) == 3; }

    public static Optional<NtStatus> fromCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    @Override
    public String toString() {
        return String.format("%s (0x%08X)", statusName(), code);
    }
}
