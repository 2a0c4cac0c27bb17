package dev.ringzero.ebpf.platform;

import java.util.Objects;

/**
 * One field of a program type's context structure.
 *
 * @param name the C field name, e.g. {@code app_id_start}
 * @param offset its byte offset in the structure
 * @param size its size in bytes (an array field, e.g. {@code socket_address[16]}, has the array's size)
 * @param access whether the program may write it
 * @param kind what loading it yields
 */
public record ContextField(String name, int offset, int size, FieldAccess access, FieldKind kind) {

    public ContextField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(kind, "kind");
        if (offset < 0 || size <= 0) {
            throw new IllegalArgumentException("context field " + name + " has offset " + offset + " and size " + size);
        }
    }

    static ContextField read(String name, int offset, int size) {
        return new ContextField(name, offset, size, FieldAccess.READ, FieldKind.SCALAR);
    }

    static ContextField readWrite(String name, int offset, int size) {
        return new ContextField(name, offset, size, FieldAccess.READ_WRITE, FieldKind.SCALAR);
    }

    static ContextField pointer(String name, int offset, int size, FieldKind kind) {
        return new ContextField(name, offset, size, FieldAccess.READ, kind);
    }

    /** The first offset past this field. */
    public int end() { return offset + size; }

    /** Whether the byte range {@code [from, from + length)} lies inside this field. */
    public boolean covers(int from, int length) {
        return from >= offset && length > 0 && from + length <= end();
    }
}
