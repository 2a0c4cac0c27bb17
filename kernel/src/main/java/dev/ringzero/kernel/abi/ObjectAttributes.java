package dev.ringzero.kernel.abi;

import java.util.Optional;

/**
 * OBJECT_ATTRIBUTES: an optional name, the directory handle it is relative to (0 when the name is
 * absolute), the OBJ_* flags and an optional security descriptor.
 *
 * @param name            the object name; null or empty for an unnamed object
 * @param rootDirectory   a directory handle the name is relative to, or 0
 * @param attributes      OBJ_* flags ({@link #INHERIT}, {@link #PERMANENT}, {@link #OPENIF}, ...)
 * @param security        an explicit security descriptor, or null for the default
 */
public record ObjectAttributes(String name, int rootDirectory, int attributes, SecurityDescriptor security) {
    public static final int INHERIT = 0x002;
    public static final int PERMANENT = 0x010;
    public static final int EXCLUSIVE = 0x020;
    public static final int CASE_INSENSITIVE = 0x040;
    public static final int OPENIF = 0x080;
    public static final int OPENLINK = 0x100;
    /** Every flag the kernel understands; others are STATUS_INVALID_PARAMETER. */
    public static final int VALID = INHERIT | PERMANENT | EXCLUSIVE | CASE_INSENSITIVE | OPENIF | OPENLINK;

    /** No name, no flags: an unnamed object. */
    public static final ObjectAttributes UNNAMED = new ObjectAttributes(null, 0, 0, null);

    /** An absolute name such as {@code \BaseNamedObjects\Stack}. */
    public static ObjectAttributes absolute(String name, int attributes) {
        return new ObjectAttributes(name, 0, attributes, null);
    }

    public boolean isNamed() {
        return name != null && !name.isEmpty();
    }

    public boolean has(int flag) {
        return (attributes & flag) != 0;
    }

    public Optional<SecurityDescriptor> securityDescriptor() {
        return Optional.ofNullable(security);
    }

    public ObjectAttributes withSecurity(SecurityDescriptor descriptor) {
        return new ObjectAttributes(name, rootDirectory, attributes, descriptor);
    }
}
