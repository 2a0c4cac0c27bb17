package dev.ringzero.ebpf.platform;

import static dev.ringzero.ebpf.platform.ArgumentKind.*;
import static dev.ringzero.ebpf.platform.HelperFunction.*;
import static dev.ringzero.ebpf.platform.PrototypeBuilder.helper;
import static dev.ringzero.ebpf.platform.ReturnKind.*;

import java.util.List;

/**
 * The global helpers of eBPF for Windows ({@code ebpf_helper_id_t}), with the argument kinds of its
 * helper prototype table. The C declarations are those of {@code examples/include/bpf_helpers.h}.
 */
final class WindowsHelpers {
    private WindowsHelpers() {}

    static final List<HelperPrototype> PROTOTYPES = List.of(
            helper(MAP_LOOKUP_ELEM, 1, "void *bpf_map_lookup_elem(void *map, const void *key)",
                    MAP_VALUE_OR_NULL, MAP_PTR, KEY_PTR),
            helper(MAP_UPDATE_ELEM, 2, "int64_t bpf_map_update_elem(void *map, const void *key, const void *value, uint64_t flags)",
                    INTEGER, MAP_PTR, KEY_PTR, VALUE_PTR, ANYTHING),
            helper(MAP_DELETE_ELEM, 3, "int64_t bpf_map_delete_elem(void *map, const void *key)",
                    INTEGER, MAP_PTR, KEY_PTR),
            helper(MAP_LOOKUP_AND_DELETE_ELEM, 4, "void *bpf_map_lookup_and_delete_elem(void *map, const void *key)",
                    MAP_VALUE_OR_NULL, MAP_PTR, KEY_PTR),
            helper(TAIL_CALL, 5, "int64_t bpf_tail_call(const void *ctx, const void *prog_array_map, uint32_t index)",
                    INTEGER_OR_NO_RETURN_IF_SUCCEED, CTX, PROG_ARRAY_PTR, ANYTHING),
            helper(GET_PRANDOM_U32, 6, "uint32_t bpf_get_prandom_u32(void)", INTEGER),
            helper(KTIME_GET_BOOT_NS, 7, "uint64_t bpf_ktime_get_boot_ns(void)", INTEGER),
            helper(GET_SMP_PROCESSOR_ID, 8, "uint64_t bpf_get_smp_processor_id(void)", INTEGER),
            helper(KTIME_GET_NS, 9, "uint64_t bpf_ktime_get_ns(void)", INTEGER),
            helper(CSUM_DIFF, 10, "int bpf_csum_diff(const void *from, int from_size, const void *to, int to_size, int seed)",
                    INTEGER, READABLE_MEM_PTR_OR_NULL, MEM_SIZE_OR_ZERO, READABLE_MEM_PTR_OR_NULL, MEM_SIZE_OR_ZERO, ANYTHING),
            helper(RINGBUF_OUTPUT, 11, "int bpf_ringbuf_output(void *ring_buffer, const void *data, uint64_t size, uint64_t flags)",
                    INTEGER, MAP_PTR, READABLE_MEM_PTR, MEM_SIZE, ANYTHING),
            helper(TRACE_PRINTK2, 12, "long bpf_trace_printk2(const char *fmt, uint32_t fmt_size)",
                    INTEGER, READABLE_MEM_PTR, MEM_SIZE),
            helper(TRACE_PRINTK3, 13, "long bpf_trace_printk3(const char *fmt, uint32_t fmt_size, uint64_t arg3)",
                    INTEGER, READABLE_MEM_PTR, MEM_SIZE, ANYTHING),
            helper(TRACE_PRINTK4, 14, "long bpf_trace_printk4(const char *fmt, uint32_t fmt_size, uint64_t arg3, uint64_t arg4)",
                    INTEGER, READABLE_MEM_PTR, MEM_SIZE, ANYTHING, ANYTHING),
            helper(TRACE_PRINTK5, 15,
                    "long bpf_trace_printk5(const char *fmt, uint32_t fmt_size, uint64_t arg3, uint64_t arg4, uint64_t arg5)",
                    INTEGER, READABLE_MEM_PTR, MEM_SIZE, ANYTHING, ANYTHING, ANYTHING),
            helper(MAP_PUSH_ELEM, 16, "int64_t bpf_map_push_elem(void *map, const void *value, uint64_t flags)",
                    INTEGER, MAP_PTR, VALUE_PTR, ANYTHING),
            helper(MAP_POP_ELEM, 17, "int64_t bpf_map_pop_elem(void *map, void *value)", INTEGER, MAP_PTR, VALUE_PTR),
            helper(MAP_PEEK_ELEM, 18, "int64_t bpf_map_peek_elem(void *map, void *value)", INTEGER, MAP_PTR, VALUE_PTR),
            helper(GET_CURRENT_PID_TGID, 19, "uint64_t bpf_get_current_pid_tgid(void)", INTEGER),
            helper(GET_CURRENT_LOGON_ID, 20, "uint64_t bpf_get_current_logon_id(const void *ctx)", INTEGER, CTX),
            helper(IS_CURRENT_ADMIN, 21, "int32_t bpf_is_current_admin(const void *ctx)", INTEGER, CTX),
            helper(MEMCPY_S, 22,
                    "long bpf_memcpy_s(void *destination, size_t destination_size, const void *source, size_t source_size)",
                    INTEGER, WRITABLE_MEM_PTR, MEM_SIZE_OR_ZERO, READABLE_MEM_PTR, MEM_SIZE_OR_ZERO),
            helper(MEMCMP_S, 23,
                    "int bpf_memcmp_s(const void *memory1, size_t memory1_size, const void *memory2, size_t memory2_size)",
                    INTEGER, READABLE_MEM_PTR, MEM_SIZE_OR_ZERO, READABLE_MEM_PTR, MEM_SIZE_OR_ZERO),
            helper(MEMSET, 24, "long bpf_memset(void *memory, size_t size, int value)",
                    INTEGER, WRITABLE_MEM_PTR, MEM_SIZE_OR_ZERO, ANYTHING),
            helper(MEMMOVE_S, 25,
                    "long bpf_memmove_s(void *destination, size_t destination_size, const void *source, size_t source_size)",
                    INTEGER, WRITABLE_MEM_PTR, MEM_SIZE_OR_ZERO, READABLE_MEM_PTR, MEM_SIZE_OR_ZERO),
            helper(GET_SOCKET_COOKIE, 26, "int64_t bpf_get_socket_cookie(const void *ctx)", INTEGER, CTX),
            helper(STRNCPY_S, 27, "int bpf_strncpy_s(char *dest, size_t dest_size, const char *src, size_t count)",
                    INTEGER, WRITABLE_MEM_PTR, MEM_SIZE_OR_ZERO, READABLE_MEM_PTR, MEM_SIZE_OR_ZERO),
            helper(STRNCAT_S, 28, "int bpf_strncat_s(char *dest, size_t dest_size, const char *src, size_t count)",
                    INTEGER, WRITABLE_MEM_PTR, MEM_SIZE_OR_ZERO, READABLE_MEM_PTR, MEM_SIZE_OR_ZERO),
            helper(STRNLEN_S, 29, "size_t bpf_strnlen_s(const char *str, size_t str_size)",
                    INTEGER, READABLE_MEM_PTR, MEM_SIZE_OR_ZERO),
            helper(KTIME_GET_BOOT_MS, 30, "uint64_t bpf_ktime_get_boot_ms(void)", INTEGER),
            helper(KTIME_GET_MS, 31, "uint64_t bpf_ktime_get_ms(void)", INTEGER));
}
