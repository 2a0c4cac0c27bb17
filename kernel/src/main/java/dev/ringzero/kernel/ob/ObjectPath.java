package dev.ringzero.kernel.ob;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import java.util.List;

/** Splits and validates object names: {@code \A\B\C} into components, each non-empty. */
final class ObjectPath {
    /** UNICODE_STRING holds at most 32767 UTF-16 units. */
    static final int MAX_LENGTH = 32767;

    private ObjectPath() {}

    /** The components of a name relative to a directory (no leading backslash). */
    static List<String> components(String relative) {
        if (relative.isEmpty()) {
            return List.of();
        }
        String[] parts = relative.split("\\\\", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new NtStatusException(NtStatus.OBJECT_NAME_INVALID, "empty component in object name: " + relative);
            }
        }
        return List.of(parts);
    }

    static void checkLength(String name) {
        if (name.length() > MAX_LENGTH) {
            throw new NtStatusException(NtStatus.OBJECT_NAME_INVALID,
                    "object name longer than " + MAX_LENGTH + " characters");
        }
    }
}
