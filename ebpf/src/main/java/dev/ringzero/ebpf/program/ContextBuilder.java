package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.platform.ContextField;
import dev.ringzero.ebpf.platform.ContextLayout;
import dev.ringzero.ebpf.platform.FieldKind;
import dev.ringzero.ebpf.vm.Access;
import dev.ringzero.ebpf.vm.Memory;
import dev.ringzero.ebpf.vm.PointerField;
import dev.ringzero.ebpf.vm.RegionKind;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out a program type's context in a run's memory: the data (packet) as its own region, the
 * context's packet pointer fields reading as addresses into it, and the given scalar fields.
 */
public final class ContextBuilder {

    private ContextBuilder() {}

    /** A context laid out in a run's memory: its address (the program's r1) and the data it points at. */
    public record Built(long address, MemorySegment data) {}

    /** Maps the data and the context into {@code memory}. */
    public static Built build(Memory memory, ContextLayout layout, ContextInput input) {
        byte[] data = input.data();
        MemorySegment packet = MemorySegment.ofArray(new long[(data.length + 7) / 8]).asSlice(0, data.length);
        MemorySegment.copy(data, 0, packet, ValueLayout.JAVA_BYTE, 0, data.length);
        long start = memory.map(packet, Access.READ_WRITE, RegionKind.PACKET);

        MemorySegment context = MemorySegment.ofArray(new long[(layout.size() + 7) / 8]).asSlice(0, layout.size());
        List<PointerField> pointers = new ArrayList<>();
        for (ContextField field : layout.fields()) {
            switch (field.kind()) {
                case PACKET_START, PACKET_META -> pointers.add(PointerField.of(field.offset(), field.size(), start));
                case PACKET_END -> pointers.add(PointerField.of(field.offset(), field.size(), start + data.length));
                case SCALAR -> { }
            }
        }
        for (Map.Entry<String, byte[]> given : input.fields().entrySet()) {
            ContextField field = layout.field(given.getKey())
                    .filter(f -> f.kind() == FieldKind.SCALAR)
                    .orElseThrow(() -> new IllegalArgumentException(layout.cType() + " has no field '" + given.getKey()
                            + "' that can be set (fields: " + String.join(", ", scalarNames(layout)) + ")"));
            byte[] value = given.getValue();
            MemorySegment.copy(value, 0, context, ValueLayout.JAVA_BYTE, field.offset(), Math.min(value.length, field.size()));
        }
        if (!input.fields().containsKey("len")) {
            layout.field("len").filter(f -> f.kind() == FieldKind.SCALAR && f.size() == 4)
                    .ifPresent(len -> context.set(ValueLayout.JAVA_INT_UNALIGNED, len.offset(), data.length));
        }
        return new Built(memory.mapContext(context, Access.READ_WRITE, pointers), packet);
    }

    static List<String> scalarNames(ContextLayout layout) {
        return layout.fields().stream().filter(f -> f.kind() == FieldKind.SCALAR).map(ContextField::name).toList();
    }
}
