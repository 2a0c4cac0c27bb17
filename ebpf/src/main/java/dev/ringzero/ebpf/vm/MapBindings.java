package dev.ringzero.ebpf.vm;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The maps a program refers to, by index: {@code lddw rX, map[i]} (the MAP_FD / MAP_IDX forms, imm =
 * index) yields a map pointer that a helper turns back into the map with
 * {@link ExecutionContext#mapAt(long)}. A map may also have a value region (global data: {@code .data},
 * {@code .bss}, {@code .rodata}), which {@code lddw rX, map[i] + offset} (MAP_VALUE / MAP_IDX_VALUE)
 * addresses directly. The maps themselves are opaque to the engine.
 */
public final class MapBindings {

    /** Region id reserved for map pointers: they are values, never dereferenceable memory. */
    static final long MAP_POINTER_REGION = 0x7fff_ffffL;

    private static final MapBindings NONE = new MapBindings(List.of(), List.of());

    private final List<Object> maps;
    private final List<ValueRegion> values;

    /** A map's directly addressable value. */
    public record ValueRegion(MemorySegment segment, Access access) {}

    private MapBindings(List<Object> maps, List<ValueRegion> values) {
        this.maps = maps;
        this.values = values;
    }

    public static MapBindings none() { return NONE; }

    /** Maps by index, none of them with a value region yet. */
    public static MapBindings of(List<?> maps) {
        List<Object> copy = List.copyOf(maps);
        return new MapBindings(copy, Collections.nCopies(copy.size(), null));
    }

    /** The same maps, map {@code index} with a directly addressable value (global data). */
    public MapBindings withValueRegion(int index, MemorySegment segment, Access access) {
        checkIndex(index);
        List<ValueRegion> copy = new ArrayList<>(values);
        copy.set(index, new ValueRegion(segment, access));
        return new MapBindings(maps, Collections.unmodifiableList(copy));
    }

    public int size() { return maps.size(); }

    public Object map(int index) {
        checkIndex(index);
        return maps.get(index);
    }

    /** The value region of map {@code index}, or null. */
    public ValueRegion valueRegion(int index) {
        checkIndex(index);
        return values.get(index);
    }

    /** The pointer value {@code lddw MAP_FD} with imm = index yields. */
    public static long pointerOf(int index) {
        return MAP_POINTER_REGION << 32 | (index & 0xffff_ffffL);
    }

    /** The index a map pointer stands for, or -1 when the value is no map pointer of these bindings. */
    public int indexOf(long pointer) {
        if (pointer >>> 32 != MAP_POINTER_REGION) {
            return -1;
        }
        long index = pointer & 0xffff_ffffL;
        return index < maps.size() ? (int) index : -1;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= maps.size()) {
            throw new IndexOutOfBoundsException("no map " + index + " (the program has " + maps.size() + ")");
        }
    }
}
