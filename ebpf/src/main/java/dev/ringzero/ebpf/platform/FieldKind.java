package dev.ringzero.ebpf.platform;

/**
 * What loading a context field gives the program. The packet kinds describe the program's data
 * region, whatever it holds: packet bytes for XDP and socket buffers, the App ID for Windows
 * {@code bind}. A pointer loaded from {@link #PACKET_START} may be dereferenced only below the
 * pointer loaded from {@link #PACKET_END}, once the program has compared the two.
 */
public enum FieldKind {
    /** A number. */
    SCALAR,
    /** A pointer to the first byte of the data region. */
    PACKET_START,
    /** A pointer just past the last byte of the data region. */
    PACKET_END,
    /** A pointer to the metadata just before the data region. */
    PACKET_META,
}
