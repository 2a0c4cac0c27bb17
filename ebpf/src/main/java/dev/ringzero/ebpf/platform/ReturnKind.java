package dev.ringzero.ebpf.platform;

/** What a helper leaves in r0. */
public enum ReturnKind {
    /** A scalar. */
    INTEGER,
    /** A pointer to a map value, or null. */
    MAP_VALUE_OR_NULL,
    /** Does not return when it succeeds (tail call); otherwise a scalar. */
    INTEGER_OR_NO_RETURN_IF_SUCCEED,
    /** Nothing: r0 is left uninitialized. */
    VOID,
    /** A pointer to a map value, never null ({@code bpf_get_local_storage}). */
    MAP_VALUE,
    /** Memory reserved in a ring buffer of the size the call asked for, or null; the program must release it. */
    RINGBUF_MEM_OR_NULL,
    /** A trusted pointer to a kernel object described by BTF ({@code struct task_struct *}). */
    BTF_OBJECT,
}
