/*
 * ringzero — bpf_helpers.h for the eBPF for Windows ABI.
 *
 * Written for ringzero from the published eBPF for Windows ABI (helper numbers, map type numbers,
 * section names). Programs written for eBPF for Windows compile against it unchanged.
 * Deliberately includes no libc header: the BPF target has none.
 */
#ifndef RINGZERO_BPF_HELPERS_H
#define RINGZERO_BPF_HELPERS_H

/* ---- Fixed-width types (no <stdint.h> on the BPF target). ---- */
typedef signed char int8_t;
typedef unsigned char uint8_t;
typedef short int16_t;
typedef unsigned short uint16_t;
typedef int int32_t;
typedef unsigned int uint32_t;
typedef long long int64_t;
typedef unsigned long long uint64_t;
typedef unsigned long size_t;
typedef long intptr_t;
typedef unsigned long uintptr_t;
#ifndef __cplusplus
typedef _Bool bool;
#define true 1
#define false 0
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif

typedef uint16_t __u16;
typedef uint32_t __u32;
typedef uint64_t __u64;
typedef int32_t __s32;
typedef int64_t __s64;
typedef uint16_t __be16;
typedef uint32_t __be32;

/* ---- Sections and BTF-style map definitions. ---- */
#define SEC(NAME) __attribute__((section(NAME), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
#define __array(name, val) typeof(val) *name[]

/* eBPF for Windows marks its objects with this section; loaders use it to pick the Windows ABI. */
const bool __ebpf_for_windows_tag __attribute__((section(".ebpf_for_windows"))) = true;

/* ---- Map types, numbered as eBPF for Windows numbers them (ebpf_map_type_t). ---- */
enum bpf_map_type {
    BPF_MAP_TYPE_UNSPEC = 0,
    BPF_MAP_TYPE_HASH = 1,
    BPF_MAP_TYPE_ARRAY = 2,
    BPF_MAP_TYPE_PROG_ARRAY = 3,
    BPF_MAP_TYPE_PERCPU_HASH = 4,
    BPF_MAP_TYPE_PERCPU_ARRAY = 5,
    BPF_MAP_TYPE_HASH_OF_MAPS = 6,
    BPF_MAP_TYPE_ARRAY_OF_MAPS = 7,
    BPF_MAP_TYPE_LRU_HASH = 8,
    BPF_MAP_TYPE_LPM_TRIE = 9,
    BPF_MAP_TYPE_QUEUE = 10,
    BPF_MAP_TYPE_LRU_PERCPU_HASH = 11,
    BPF_MAP_TYPE_STACK = 12,
    BPF_MAP_TYPE_RINGBUF = 13,
    BPF_MAP_TYPE_PERF_EVENT_ARRAY = 14,
};

/* Flags of bpf_map_update_elem / bpf_map_push_elem. */
#define BPF_ANY 0
#define BPF_NOEXIST 1
#define BPF_EXIST 2

/*
 * ---- Helpers, numbered as eBPF for Windows numbers them (ebpf_helper_id_t). ----
 * One declaration per helper, in the form  static RET (*const NAME)(ARGS) = (void *)ID;
 * ringzero's tests parse these lines and compare the numbers with its helper table.
 */
static void *(*const bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
static int64_t (*const bpf_map_update_elem)(void *map, const void *key, const void *value, uint64_t flags) = (void *)2;
static int64_t (*const bpf_map_delete_elem)(void *map, const void *key) = (void *)3;
static void *(*const bpf_map_lookup_and_delete_elem)(void *map, const void *key) = (void *)4;
static int64_t (*const bpf_tail_call)(const void *ctx, const void *prog_array_map, uint32_t index) = (void *)5;
static uint32_t (*const bpf_get_prandom_u32)(void) = (void *)6;
static uint64_t (*const bpf_ktime_get_boot_ns)(void) = (void *)7;
static uint64_t (*const bpf_get_smp_processor_id)(void) = (void *)8;
static uint64_t (*const bpf_ktime_get_ns)(void) = (void *)9;
static int (*const bpf_csum_diff)(const void *from, int from_size, const void *to, int to_size, int seed) = (void *)10;
static int (*const bpf_ringbuf_output)(void *ring_buffer, const void *data, uint64_t size, uint64_t flags) = (void *)11;
static long (*const bpf_trace_printk2)(const char *fmt, uint32_t fmt_size) = (void *)12;
static long (*const bpf_trace_printk3)(const char *fmt, uint32_t fmt_size, uint64_t arg3) = (void *)13;
static long (*const bpf_trace_printk4)(const char *fmt, uint32_t fmt_size, uint64_t arg3, uint64_t arg4) = (void *)14;
static long (*const bpf_trace_printk5)(const char *fmt, uint32_t fmt_size, uint64_t arg3, uint64_t arg4, uint64_t arg5) = (void *)15;
static int64_t (*const bpf_map_push_elem)(void *map, const void *value, uint64_t flags) = (void *)16;
static int64_t (*const bpf_map_pop_elem)(void *map, void *value) = (void *)17;
static int64_t (*const bpf_map_peek_elem)(void *map, void *value) = (void *)18;
static uint64_t (*const bpf_get_current_pid_tgid)(void) = (void *)19;
static uint64_t (*const bpf_get_current_logon_id)(const void *ctx) = (void *)20;
static int32_t (*const bpf_is_current_admin)(const void *ctx) = (void *)21;
static long (*const bpf_memcpy_s)(void *destination, size_t destination_size, const void *source, size_t source_size) = (void *)22;
static int (*const bpf_memcmp_s)(const void *memory1, size_t memory1_size, const void *memory2, size_t memory2_size) = (void *)23;
static long (*const bpf_memset)(void *memory, size_t size, int value) = (void *)24;
static long (*const bpf_memmove_s)(void *destination, size_t destination_size, const void *source, size_t source_size) = (void *)25;
static int64_t (*const bpf_get_socket_cookie)(const void *ctx) = (void *)26;
static int (*const bpf_strncpy_s)(char *dest, size_t dest_size, const char *src, size_t count) = (void *)27;
static int (*const bpf_strncat_s)(char *dest, size_t dest_size, const char *src, size_t count) = (void *)28;
static size_t (*const bpf_strnlen_s)(const char *str, size_t str_size) = (void *)29;
static uint64_t (*const bpf_ktime_get_boot_ms)(void) = (void *)30;
static uint64_t (*const bpf_ktime_get_ms)(void) = (void *)31;

/*
 * ---- The C library calls programs may write, as bounded helper calls. ----
 * memcpy(dst, src, n) copies n bytes into the array dst and tells the helper the array's size, so
 * the copy can never overrun it: dst must be an array (not a pointer) for sizeof(dst) to be its size.
 */
#define memcpy(dst, src, n) bpf_memcpy_s((dst), sizeof(dst), (src), (n))
#define memmove(dst, src, n) bpf_memmove_s((dst), sizeof(dst), (src), (n))
#define memcmp(a, b, n) bpf_memcmp_s((a), (n), (b), (n))
#define memset(dst, value, n) bpf_memset((dst), (n), (value))

/*
 * ---- bpf_printk(fmt, args...): picks trace_printk2..5 by the number of arguments (0 to 3). ----
 */
#define __rz_printk_pick(_0, _1, _2, _3, NAME, ...) NAME
#define bpf_printk(fmt, ...)                                                                        \
    ({                                                                                             \
        char __rz_fmt[] = fmt;                                                                     \
        __rz_printk_pick(_0, ##__VA_ARGS__, bpf_trace_printk5, bpf_trace_printk4, bpf_trace_printk3, \
                         bpf_trace_printk2)(__rz_fmt, sizeof(__rz_fmt), ##__VA_ARGS__);             \
    })

#include "ebpf_nethooks.h"

#endif /* RINGZERO_BPF_HELPERS_H */
