package dev.ringzero.ebpf.maps;

/**
 * A map definition, as an ELF {@code .maps} section or {@code BPF_MAP_CREATE} gives it. The sizes are the ABI's
 * unsigned 32-bit numbers held in ints: a value above {@link Integer#MAX_VALUE} arrives negative and is rejected by
 * {@link BpfMaps#create(MapSpec)} as too large. The {@code flags} ({@code map_flags}: BPF_F_NO_PREALLOC,
 * BPF_F_RDONLY_PROG, ...) are kept for display; these maps behave the same whatever they say.
 *
 * @param type       the map type
 * @param keySize    key size in bytes (4 for arrays, 0 for queues, stacks and ring buffers)
 * @param valueSize  value size in bytes (0 for ring buffers)
 * @param maxEntries the number of elements, or the ring buffer's data size in bytes
 * @param flags      {@code map_flags}
 * @param name       the map's name, used in messages; may be empty
 */
public record MapSpec(MapType type, int keySize, int valueSize, int maxEntries, int flags, String name) {

    public MapSpec {
        if (type == null) {
            throw new InvalidMapSpecException("map '" + name + "': the map type is missing", Errno.EINVAL);
        }
        if (name == null) {
            name = "";
        }
    }

    /** A definition with no flags. */
    public static MapSpec of(String name, MapType type, int keySize, int valueSize, int maxEntries) {
        return new MapSpec(type, keySize, valueSize, maxEntries, 0, name);
    }

    /** How messages name this map: {@code map 'counts' (hash)}. */
    public String describe() {
        return "map '" + name + "' (" + type.bpftoolName() + ")";
    }
}
