package dev.ringzero.ebpf.maps;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Checks that keys and values handed to a map through the Java API are long enough. */
final class MapArguments {
    private MapArguments() {
    }

    static void requireKey(MapSpec spec, MemorySegment key) {
        if (key == null) {
            throw new InvalidMapArgumentException(spec.describe() + ": the key is missing");
        }
        if (key.byteSize() < spec.keySize()) {
            throw new InvalidMapArgumentException(spec.describe() + ": the key is " + key.byteSize()
                    + " bytes, the map's keys are " + spec.keySize() + " bytes");
        }
    }

    static void requireValue(MapSpec spec, MemorySegment value, long size) {
        if (value == null) {
            throw new InvalidMapArgumentException(spec.describe() + ": the value is missing");
        }
        if (value.byteSize() < size) {
            throw new InvalidMapArgumentException(spec.describe() + ": the value is " + value.byteSize()
                    + " bytes, the map's values are " + size + " bytes");
        }
    }

    static MemorySegment key(MapSpec spec, byte[] key) {
        if (key == null) {
            throw new InvalidMapArgumentException(spec.describe() + ": the key is missing");
        }
        if (key.length != spec.keySize()) {
            throw new InvalidMapArgumentException(spec.describe() + ": the key is " + key.length
                    + " bytes, the map's keys are " + spec.keySize() + " bytes");
        }
        return MemorySegment.ofArray(key);
    }

    static MemorySegment value(MapSpec spec, byte[] value, long size) {
        if (value == null) {
            throw new InvalidMapArgumentException(spec.describe() + ": the value is missing");
        }
        if (value.length != size) {
            throw new InvalidMapArgumentException(spec.describe() + ": the value is " + value.length
                    + " bytes, the map's values are " + size + " bytes as user space sees them");
        }
        return MemorySegment.ofArray(value);
    }

    static byte[] bytes(MemorySegment segment) {
        return segment.toArray(ValueLayout.JAVA_BYTE);
    }
}
