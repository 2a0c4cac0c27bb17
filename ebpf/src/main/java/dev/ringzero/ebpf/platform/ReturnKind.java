package dev.ringzero.ebpf.platform;

/** What a helper leaves in r0. */
public enum ReturnKind {
    /** A scalar. */
    INTEGER,
    /** A pointer to a map value, or null. */
    MAP_VALUE_OR_NULL,
    /** Does not return when it succeeds (tail call); otherwise a scalar. */
    INTEGER_OR_NO_RETURN_IF_SUCCEED,
}
