package dev.ringzero.ebpf.platform;

/**
 * A helper function ringzero implements, independent of its number: {@link HelperTable} numbers it
 * for each platform. Helpers that exist on one platform only have no entry in the other's table.
 */
public enum HelperFunction {
    MAP_LOOKUP_ELEM,
    MAP_UPDATE_ELEM,
    MAP_DELETE_ELEM,
    /** Windows only. */
    MAP_LOOKUP_AND_DELETE_ELEM,
    TAIL_CALL,
    GET_PRANDOM_U32,
    KTIME_GET_NS,
    KTIME_GET_BOOT_NS,
    /** Windows only. */
    KTIME_GET_MS,
    /** Windows only. */
    KTIME_GET_BOOT_MS,
    GET_SMP_PROCESSOR_ID,
    GET_CURRENT_PID_TGID,
    /** Linux only: the current task's name; Windows programs get the process's App ID from their context instead. */
    GET_CURRENT_COMM,
    /** Windows only. */
    GET_CURRENT_LOGON_ID,
    /** Windows only. */
    IS_CURRENT_ADMIN,
    /** Linux only: {@code bpf_trace_printk(fmt, fmt_size, ...)} with up to three arguments. */
    TRACE_PRINTK,
    /** Windows only: trace_printk with no argument after the format. */
    TRACE_PRINTK2,
    /** Windows only: trace_printk with one argument after the format. */
    TRACE_PRINTK3,
    /** Windows only: trace_printk with two arguments after the format. */
    TRACE_PRINTK4,
    /** Windows only: trace_printk with three arguments after the format. */
    TRACE_PRINTK5,
    RINGBUF_OUTPUT,
    /** Linux only: {@code bpf_perf_event_output(ctx, map, flags, data, size)} into a perf event array. */
    PERF_EVENT_OUTPUT,
    MAP_PUSH_ELEM,
    MAP_POP_ELEM,
    MAP_PEEK_ELEM,
    /** Windows only. */
    MEMCPY_S,
    /** Windows only. */
    MEMCMP_S,
    /** Windows only. */
    MEMSET,
    /** Windows only. */
    MEMMOVE_S,
    /** Windows only. */
    STRNCPY_S,
    /** Windows only. */
    STRNCAT_S,
    /** Windows only. */
    STRNLEN_S,
    CSUM_DIFF,
    GET_SOCKET_COOKIE,
    /** Linux only. */
    SKB_LOAD_BYTES,
    /** Linux only. */
    PROBE_READ_KERNEL,
}
