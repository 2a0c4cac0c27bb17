package dev.ringzero.ebpf.platform;

import dev.ringzero.ebpf.maps.MapType;
import java.util.Optional;

/** The two eBPF ABIs ringzero implements: eBPF for Windows and the Linux kernel's. */
public enum Platform {
    WINDOWS,
    LINUX;

    /** The helper functions of this platform, numbered as its headers number them. */
    public HelperTable helpers() {
        return HelperTable.of(this);
    }

    /** The map type a map definition's {@code type} number names on this platform. */
    public Optional<MapType> mapType(int id) {
        return switch (this) {
            case WINDOWS -> MapType.fromWindows(id);
            case LINUX -> MapType.fromLinux(id);
        };
    }

    /** The number of a map type on this platform, or -1 when the platform has no such type. */
    public int mapTypeId(MapType type) {
        return switch (this) {
            case WINDOWS -> type.windowsId().orElse(-1);
            case LINUX -> type.linuxId();
        };
    }
}
