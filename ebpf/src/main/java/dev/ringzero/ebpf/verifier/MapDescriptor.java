package dev.ringzero.ebpf.verifier;

import dev.ringzero.ebpf.maps.MapType;
import java.util.Objects;

/**
 * What the verifier needs to know about one map a program references: {@code lddw} map
 * references carry an index into the program's list of these.
 *
 * @param name the map's name (for messages), e.g. {@code proc_map}
 * @param type its type
 * @param keySize bytes of a key (0 for queue, stack and ring buffer maps)
 * @param valueSize bytes of a value
 * @param maxEntries capacity
 * @param initialValue for global data (a one-entry array), the value's initial bytes, else null
 * @param readOnly whether programs may not write the value ({@code .rodata}, {@code BPF_F_RDONLY_PROG})
 * @param spinLockOffset where the value's {@code struct bpf_spin_lock} lies, -1 for none
 * @param timerOffset where the value's {@code struct bpf_timer} lies, -1 for none
 * @param writeOnly whether programs may not read the value ({@code BPF_F_WRONLY_PROG})
 * @param innerIndex for a map of maps, the index (in the same list) of the descriptor of its inner-map template,
 *                   which a lookup in it returns; -1 for none (other maps, or a template ringzero does not know)
 * @param innerMapFlag whether the map was created with {@code BPF_F_INNER_MAP}: as an inner-map template, the maps
 *                     that replace it may have other max_entries, so its max_entries proves no key in range
 */
public record MapDescriptor(String name, MapType type, int keySize, int valueSize, int maxEntries, byte[] initialValue,
                            boolean readOnly, int spinLockOffset, int timerOffset, boolean writeOnly, int innerIndex,
                            boolean innerMapFlag) {

    public MapDescriptor(String name, MapType type, int keySize, int valueSize, int maxEntries, byte[] initialValue,
                         boolean readOnly, int spinLockOffset, int timerOffset, boolean writeOnly) {
        this(name, type, keySize, valueSize, maxEntries, initialValue, readOnly, spinLockOffset, timerOffset, writeOnly, -1,
                false);
    }

    /** A map whose values hold no {@code struct bpf_spin_lock} and no {@code struct bpf_timer}. */
    public MapDescriptor(String name, MapType type, int keySize, int valueSize, int maxEntries, byte[] initialValue,
                         boolean readOnly) {
        this(name, type, keySize, valueSize, maxEntries, initialValue, readOnly, -1, -1, false);
    }

    /** The same map with the offsets of the special fields its value's BTF type declares (-1: none). */
    public MapDescriptor withSpecialFields(int spinLock, int timer) {
        return new MapDescriptor(name, type, keySize, valueSize, maxEntries, initialValue, readOnly, spinLock, timer, writeOnly,
                innerIndex, innerMapFlag);
    }

    /** The same map, which programs may only write ({@code BPF_F_WRONLY_PROG}) when {@code writeOnly}. */
    public MapDescriptor withWriteOnly(boolean writeOnly) {
        return new MapDescriptor(name, type, keySize, valueSize, maxEntries, initialValue, readOnly, spinLockOffset, timerOffset,
                writeOnly, innerIndex, innerMapFlag);
    }

    /** The same map of maps, whose inner-map template is descriptor {@code index} of the same list. */
    public MapDescriptor withInner(int index) {
        return new MapDescriptor(name, type, keySize, valueSize, maxEntries, initialValue, readOnly, spinLockOffset, timerOffset,
                writeOnly, index, innerMapFlag);
    }

    /** The same map, created with {@code BPF_F_INNER_MAP} when {@code flag}. */
    public MapDescriptor withInnerMapFlag(boolean flag) {
        return new MapDescriptor(name, type, keySize, valueSize, maxEntries, initialValue, readOnly, spinLockOffset, timerOffset,
                writeOnly, innerIndex, flag);
    }

    public MapDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (keySize < 0 || valueSize < 0 || maxEntries < 0) {
            throw new IllegalArgumentException("map " + name + " has key size " + keySize + ", value size " + valueSize
                    + " and " + maxEntries + " entries; none may be negative");
        }
        initialValue = initialValue == null ? null : initialValue.clone();
    }

    /** An ordinary map. */
    public static MapDescriptor of(String name, MapType type, int keySize, int valueSize, int maxEntries) {
        return new MapDescriptor(name, type, keySize, valueSize, maxEntries, null, false);
    }

    /** A global data section ({@code .data}, {@code .bss}, {@code .rodata}) as a one-entry array. */
    public static MapDescriptor globalData(String name, byte[] initialValue, boolean readOnly) {
        return new MapDescriptor(name, MapType.ARRAY, 4, initialValue.length, 1, initialValue, readOnly);
    }

    @Override
    public byte[] initialValue() {
        return initialValue == null ? null : initialValue.clone();
    }
}
