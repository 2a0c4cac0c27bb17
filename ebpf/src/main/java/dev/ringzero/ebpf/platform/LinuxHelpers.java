package dev.ringzero.ebpf.platform;

import static dev.ringzero.ebpf.platform.ArgumentKind.*;
import static dev.ringzero.ebpf.platform.HelperFunction.*;
import static dev.ringzero.ebpf.platform.PrototypeBuilder.helper;
import static dev.ringzero.ebpf.platform.ReturnKind.*;

import java.util.List;

/**
 * The Linux helpers ringzero implements, numbered as {@code enum bpf_func_id} in
 * {@code include/uapi/linux/bpf.h}, with the argument kinds of the kernel's {@code bpf_func_proto}s.
 * The C declarations are those of {@code examples/linux/include/bpf_helpers.h}.
 */
final class LinuxHelpers {
    private LinuxHelpers() {}

    static final List<HelperPrototype> PROTOTYPES = List.of(
            helper(MAP_LOOKUP_ELEM, 1, "void *bpf_map_lookup_elem(void *map, const void *key)",
                    MAP_VALUE_OR_NULL, MAP_PTR, KEY_PTR),
            helper(MAP_UPDATE_ELEM, 2, "long bpf_map_update_elem(void *map, const void *key, const void *value, __u64 flags)",
                    INTEGER, MAP_PTR, KEY_PTR, VALUE_PTR, ANYTHING),
            helper(MAP_DELETE_ELEM, 3, "long bpf_map_delete_elem(void *map, const void *key)", INTEGER, MAP_PTR, KEY_PTR),
            helper(KTIME_GET_NS, 5, "__u64 bpf_ktime_get_ns(void)", INTEGER),
            // Variadic: r3..r5 hold up to three arguments the kernel does not check.
            helper(TRACE_PRINTK, 6, "long bpf_trace_printk(const char *fmt, __u32 fmt_size, ...)",
                    INTEGER, READABLE_MEM_PTR, MEM_SIZE),
            helper(GET_PRANDOM_U32, 7, "__u32 bpf_get_prandom_u32(void)", INTEGER),
            helper(GET_SMP_PROCESSOR_ID, 8, "__u32 bpf_get_smp_processor_id(void)", INTEGER),
            helper(TAIL_CALL, 12, "long bpf_tail_call(void *ctx, void *prog_array_map, __u32 index)",
                    INTEGER_OR_NO_RETURN_IF_SUCCEED, CTX, PROG_ARRAY_PTR, ANYTHING),
            helper(GET_CURRENT_PID_TGID, 14, "__u64 bpf_get_current_pid_tgid(void)", INTEGER),
            helper(GET_CURRENT_COMM, 16, "long bpf_get_current_comm(void *buf, __u32 size_of_buf)",
                    INTEGER, WRITABLE_MEM_PTR, MEM_SIZE),
            helper(SKB_LOAD_BYTES, 26, "long bpf_skb_load_bytes(const void *skb, __u32 offset, void *to, __u32 len)",
                    INTEGER, CTX, ANYTHING, WRITABLE_MEM_PTR, MEM_SIZE),
            helper(CSUM_DIFF, 28, "__s64 bpf_csum_diff(__be32 *from, __u32 from_size, __be32 *to, __u32 to_size, __wsum seed)",
                    INTEGER, READABLE_MEM_PTR_OR_NULL, MEM_SIZE_OR_ZERO, READABLE_MEM_PTR_OR_NULL, MEM_SIZE_OR_ZERO, ANYTHING),
            helper(GET_SOCKET_COOKIE, 46, "__u64 bpf_get_socket_cookie(void *ctx)", INTEGER, CTX),
            helper(MAP_PUSH_ELEM, 87, "long bpf_map_push_elem(void *map, const void *value, __u64 flags)",
                    INTEGER, MAP_PTR, VALUE_PTR, ANYTHING),
            helper(MAP_POP_ELEM, 88, "long bpf_map_pop_elem(void *map, void *value)", INTEGER, MAP_PTR, UNINIT_VALUE_PTR),
            helper(MAP_PEEK_ELEM, 89, "long bpf_map_peek_elem(void *map, void *value)", INTEGER, MAP_PTR, UNINIT_VALUE_PTR),
            helper(PROBE_READ_KERNEL, 113, "long bpf_probe_read_kernel(void *dst, __u32 size, const void *unsafe_ptr)",
                    INTEGER, WRITABLE_MEM_PTR, MEM_SIZE_OR_ZERO, ANYTHING),
            helper(KTIME_GET_BOOT_NS, 125, "__u64 bpf_ktime_get_boot_ns(void)", INTEGER),
            helper(PERF_EVENT_OUTPUT, 25,
                    "long bpf_perf_event_output(void *ctx, void *map, __u64 flags, void *data, __u64 size)",
                    INTEGER, CTX, MAP_PTR, ANYTHING, READABLE_MEM_PTR, MEM_SIZE_OR_ZERO),
            helper(RINGBUF_OUTPUT, 130, "long bpf_ringbuf_output(void *ringbuf, void *data, __u64 size, __u64 flags)",
                    INTEGER, MAP_PTR, READABLE_MEM_PTR, MEM_SIZE_OR_ZERO, ANYTHING));
}
