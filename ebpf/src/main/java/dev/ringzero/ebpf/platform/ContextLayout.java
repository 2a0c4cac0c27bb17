package dev.ringzero.ebpf.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The context structure a program type's programs receive in r1.
 *
 * @param cType the C type, e.g. {@code bind_md_t}
 * @param size its size in bytes: no access may reach past it
 * @param fields the fields a program may access, by offset (members of a union overlap); bytes
 *     outside every field are inaccessible, unless {@code rawReadable}
 * @param rawReadable whether any read inside {@code [0, size)} is allowed and yields a scalar
 *     (kprobe registers, tracepoint records)
 */
public record ContextLayout(String cType, int size, List<ContextField> fields, boolean rawReadable) {

    public ContextLayout {
        Objects.requireNonNull(cType, "cType");
        fields = fields.stream().sorted(Comparator.comparingInt(ContextField::offset)).toList();
        for (ContextField field : fields) {
            if (field.end() > size) {
                throw new IllegalArgumentException(cType + "." + field.name() + " ends past the structure's " + size + " bytes");
            }
        }
    }

    static ContextLayout of(String cType, int size, ContextField... fields) {
        return new ContextLayout(cType, size, List.of(fields), false);
    }

    static ContextLayout rawReadable(String cType, int size, ContextField... fields) {
        return new ContextLayout(cType, size, List.of(fields), true);
    }

    /** The field with this C name, or empty. */
    public Optional<ContextField> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /** The field containing the byte at this offset (the first by offset, for a union), or empty when none does. */
    public Optional<ContextField> fieldAt(int offset) {
        return fields.stream().filter(field -> field.covers(offset, 1)).findFirst();
    }

    /** The field of the given kind (e.g. {@link FieldKind#PACKET_START}), or empty when the type has none. */
    public Optional<ContextField> fieldOfKind(FieldKind kind) {
        return fields.stream().filter(field -> field.kind() == kind).findFirst();
    }
}
