/*
 * ringzero — bpf_helpers.h for the Linux ABI (enum bpf_func_id, enum bpf_map_type, struct xdp_md,
 * struct __sk_buff as in include/uapi/linux/bpf.h). Written for ringzero; no libc or kernel headers.
 */
#ifndef RINGZERO_LINUX_BPF_HELPERS_H
#define RINGZERO_LINUX_BPF_HELPERS_H

typedef signed char int8_t;
typedef unsigned char uint8_t;
typedef short int16_t;
typedef unsigned short uint16_t;
typedef int int32_t;
typedef unsigned int uint32_t;
typedef long long int64_t;
typedef unsigned long long uint64_t;
typedef unsigned long size_t;
typedef _Bool bool;
#define true 1
#define false 0
#ifndef NULL
#define NULL ((void *)0)
#endif
typedef uint8_t __u8;
typedef uint16_t __u16;
typedef uint32_t __u32;
typedef uint64_t __u64;
typedef int32_t __s32;
typedef int64_t __s64;
typedef uint16_t __be16;
typedef uint32_t __be32;
typedef uint32_t __wsum;

#define SEC(NAME) __attribute__((section(NAME), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
#define __array(name, val) typeof(val) *name[]

/* enum bpf_map_type (the ones ringzero implements, with the numbers in between). */
enum bpf_map_type {
    BPF_MAP_TYPE_UNSPEC = 0,
    BPF_MAP_TYPE_HASH = 1,
    BPF_MAP_TYPE_ARRAY = 2,
    BPF_MAP_TYPE_PROG_ARRAY = 3,
    BPF_MAP_TYPE_PERF_EVENT_ARRAY = 4,
    BPF_MAP_TYPE_PERCPU_HASH = 5,
    BPF_MAP_TYPE_PERCPU_ARRAY = 6,
    BPF_MAP_TYPE_STACK_TRACE = 7,
    BPF_MAP_TYPE_CGROUP_ARRAY = 8,
    BPF_MAP_TYPE_LRU_HASH = 9,
    BPF_MAP_TYPE_LRU_PERCPU_HASH = 10,
    BPF_MAP_TYPE_LPM_TRIE = 11,
    BPF_MAP_TYPE_ARRAY_OF_MAPS = 12,
    BPF_MAP_TYPE_HASH_OF_MAPS = 13,
    BPF_MAP_TYPE_DEVMAP = 14,
    BPF_MAP_TYPE_SOCKMAP = 15,
    BPF_MAP_TYPE_CPUMAP = 16,
    BPF_MAP_TYPE_XSKMAP = 17,
    BPF_MAP_TYPE_SOCKHASH = 18,
    BPF_MAP_TYPE_CGROUP_STORAGE = 19,
    BPF_MAP_TYPE_REUSEPORT_SOCKARRAY = 20,
    BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE = 21,
    BPF_MAP_TYPE_QUEUE = 22,
    BPF_MAP_TYPE_STACK = 23,
    BPF_MAP_TYPE_SK_STORAGE = 24,
    BPF_MAP_TYPE_DEVMAP_HASH = 25,
    BPF_MAP_TYPE_RINGBUF = 27,
    BPF_MAP_TYPE_INODE_STORAGE = 28,
    BPF_MAP_TYPE_TASK_STORAGE = 29,
    BPF_MAP_TYPE_BLOOM_FILTER = 30,
    BPF_MAP_TYPE_USER_RINGBUF = 31,
    BPF_MAP_TYPE_CGRP_STORAGE = 32,
};

#define BPF_F_NO_PREALLOC (1U << 0)

#define BPF_ANY 0
#define BPF_NOEXIST 1
#define BPF_EXIST 2

/* Structures some helpers take by pointer; the programs that use them define them. */
struct __sk_buff;
struct xdp_md;
struct task_struct;
struct bpf_tunnel_key;
struct bpf_fib_lookup;
struct bpf_spin_lock { __u32 val; };
struct bpf_pidns_info;
struct bpf_perf_event_value;
struct bpf_redir_neigh;

/* Helpers, numbered as enum bpf_func_id numbers them. Same declaration form as the Windows header. */
static void *(*const bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
static long (*const bpf_map_update_elem)(void *map, const void *key, const void *value, __u64 flags) = (void *)2;
static long (*const bpf_map_delete_elem)(void *map, const void *key) = (void *)3;
static __u64 (*const bpf_ktime_get_ns)(void) = (void *)5;
static long (*const bpf_trace_printk)(const char *fmt, __u32 fmt_size, ...) = (void *)6;
static __u32 (*const bpf_get_prandom_u32)(void) = (void *)7;
static __u32 (*const bpf_get_smp_processor_id)(void) = (void *)8;
static long (*const bpf_tail_call)(void *ctx, void *prog_array_map, __u32 index) = (void *)12;
static __u64 (*const bpf_get_current_pid_tgid)(void) = (void *)14;
static long (*const bpf_get_current_comm)(void *buf, __u32 size_of_buf) = (void *)16;
static long (*const bpf_skb_load_bytes)(const void *skb, __u32 offset, void *to, __u32 len) = (void *)26;
static __s64 (*const bpf_csum_diff)(__be32 *from, __u32 from_size, __be32 *to, __u32 to_size, __wsum seed) = (void *)28;
static __u64 (*const bpf_get_socket_cookie)(void *ctx) = (void *)46;
static long (*const bpf_map_push_elem)(void *map, const void *value, __u64 flags) = (void *)87;
static long (*const bpf_map_pop_elem)(void *map, void *value) = (void *)88;
static long (*const bpf_map_peek_elem)(void *map, void *value) = (void *)89;
static long (*const bpf_probe_read_kernel)(void *dst, __u32 size, const void *unsafe_ptr) = (void *)113;
static __u64 (*const bpf_ktime_get_boot_ns)(void) = (void *)125;
static long (*const bpf_perf_event_output)(void *ctx, void *map, __u64 flags, void *data, __u64 size) = (void *)25;
static long (*const bpf_ringbuf_output)(void *ringbuf, void *data, __u64 size, __u64 flags) = (void *)130;
static long (*const bpf_probe_read)(void *dst, __u32 size, const void *unsafe_ptr) = (void *)4;
static __u64 (*const bpf_get_current_uid_gid)(void) = (void *)15;
static long (*const bpf_skb_store_bytes)(struct __sk_buff *skb, __u32 offset, const void *from, __u32 len, __u64 flags) = (void *)9;
static long (*const bpf_l3_csum_replace)(struct __sk_buff *skb, __u32 offset, __u64 from, __u64 to, __u64 size) = (void *)10;
static long (*const bpf_l4_csum_replace)(struct __sk_buff *skb, __u32 offset, __u64 from, __u64 to, __u64 flags) = (void *)11;
static long (*const bpf_clone_redirect)(struct __sk_buff *skb, __u32 ifindex, __u64 flags) = (void *)13;
static __u32 (*const bpf_get_cgroup_classid)(struct __sk_buff *skb) = (void *)17;
static long (*const bpf_skb_vlan_push)(struct __sk_buff *skb, __be16 vlan_proto, __u16 vlan_tci) = (void *)18;
static long (*const bpf_skb_vlan_pop)(struct __sk_buff *skb) = (void *)19;
static long (*const bpf_skb_get_tunnel_key)(struct __sk_buff *skb, struct bpf_tunnel_key *key, __u32 size, __u64 flags) = (void *)20;
static __u64 (*const bpf_perf_event_read)(void *map, __u64 flags) = (void *)22;
static long (*const bpf_redirect)(__u32 ifindex, __u64 flags) = (void *)23;
static __u32 (*const bpf_get_route_realm)(struct __sk_buff *skb) = (void *)24;
static long (*const bpf_get_stackid)(void *ctx, void *map, __u64 flags) = (void *)27;
static long (*const bpf_skb_change_proto)(struct __sk_buff *skb, __be16 proto, __u64 flags) = (void *)31;
static long (*const bpf_skb_change_type)(struct __sk_buff *skb, __u32 type) = (void *)32;
static long (*const bpf_skb_under_cgroup)(struct __sk_buff *skb, void *map, __u32 index) = (void *)33;
static __u32 (*const bpf_get_hash_recalc)(struct __sk_buff *skb) = (void *)34;
static __u64 (*const bpf_get_current_task)(void) = (void *)35;
static long (*const bpf_current_task_under_cgroup)(void *map, __u32 index) = (void *)37;
static long (*const bpf_skb_change_tail)(struct __sk_buff *skb, __u32 len, __u64 flags) = (void *)38;
static long (*const bpf_skb_pull_data)(struct __sk_buff *skb, __u32 len) = (void *)39;
static __s64 (*const bpf_csum_update)(struct __sk_buff *skb, __wsum csum) = (void *)40;
static void (*const bpf_set_hash_invalid)(struct __sk_buff *skb) = (void *)41;
static long (*const bpf_get_numa_node_id)(void) = (void *)42;
static long (*const bpf_skb_change_head)(struct __sk_buff *skb, __u32 len, __u64 flags) = (void *)43;
static long (*const bpf_xdp_adjust_head)(struct xdp_md *xdp_md, int delta) = (void *)44;
static long (*const bpf_probe_read_str)(void *dst, __u32 size, const void *unsafe_ptr) = (void *)45;
static __u32 (*const bpf_get_socket_uid)(struct __sk_buff *skb) = (void *)47;
static long (*const bpf_set_hash)(struct __sk_buff *skb, __u32 hash) = (void *)48;
static long (*const bpf_skb_adjust_room)(struct __sk_buff *skb, __s32 len_diff, __u32 mode, __u64 flags) = (void *)50;
static long (*const bpf_redirect_map)(void *map, __u64 key, __u64 flags) = (void *)51;
static long (*const bpf_xdp_adjust_meta)(struct xdp_md *xdp_md, int delta) = (void *)54;
static long (*const bpf_perf_event_read_value)(void *map, __u64 flags, struct bpf_perf_event_value *buf, __u32 buf_size) = (void *)55;
static long (*const bpf_xdp_adjust_tail)(struct xdp_md *xdp_md, int delta) = (void *)65;
static long (*const bpf_get_stack)(void *ctx, void *buf, __u32 size, __u64 flags) = (void *)67;
static long (*const bpf_skb_load_bytes_relative)(const void *skb, __u32 offset, void *to, __u32 len, __u32 start_header) = (void *)68;
static long (*const bpf_fib_lookup)(void *ctx, struct bpf_fib_lookup *params, int plen, __u32 flags) = (void *)69;
static __u64 (*const bpf_skb_cgroup_id)(struct __sk_buff *skb) = (void *)79;
static __u64 (*const bpf_get_current_cgroup_id)(void) = (void *)80;
static void *(*const bpf_get_local_storage)(void *map, __u64 flags) = (void *)81;
static long (*const bpf_spin_lock)(struct bpf_spin_lock *lock) = (void *)93;
static long (*const bpf_spin_unlock)(struct bpf_spin_lock *lock) = (void *)94;
static long (*const bpf_skb_ecn_set_ce)(struct __sk_buff *skb) = (void *)97;
static long (*const bpf_send_signal)(__u32 sig) = (void *)109;
static long (*const bpf_probe_read_user)(void *dst, __u32 size, const void *unsafe_ptr) = (void *)112;
static long (*const bpf_probe_read_user_str)(void *dst, __u32 size, const void *unsafe_ptr) = (void *)114;
static long (*const bpf_probe_read_kernel_str)(void *dst, __u32 size, const void *unsafe_ptr) = (void *)115;
static long (*const bpf_send_signal_thread)(__u32 sig) = (void *)117;
static __u64 (*const bpf_jiffies64)(void) = (void *)118;
static long (*const bpf_get_ns_current_pid_tgid)(__u64 dev, __u64 ino, struct bpf_pidns_info *nsdata, __u32 size) = (void *)120;
static __u64 (*const bpf_get_current_ancestor_cgroup_id)(int ancestor_level) = (void *)123;
static void *(*const bpf_ringbuf_reserve)(void *ringbuf, __u64 size, __u64 flags) = (void *)131;
static void (*const bpf_ringbuf_submit)(void *data, __u64 flags) = (void *)132;
static void (*const bpf_ringbuf_discard)(void *data, __u64 flags) = (void *)133;
static __u64 (*const bpf_ringbuf_query)(void *ringbuf, __u64 flags) = (void *)134;
static long (*const bpf_csum_level)(struct __sk_buff *skb, __u64 level) = (void *)135;
static long (*const bpf_redirect_neigh)(__u32 ifindex, struct bpf_redir_neigh *params, int plen, __u64 flags) = (void *)152;
static long (*const bpf_redirect_peer)(__u32 ifindex, __u64 flags) = (void *)155;
static struct task_struct *(*const bpf_get_current_task_btf)(void) = (void *)158;
static __u64 (*const bpf_ktime_get_coarse_ns)(void) = (void *)160;
static long (*const bpf_for_each_map_elem)(void *map, void *callback_fn, void *callback_ctx, __u64 flags) = (void *)164;
static long (*const bpf_snprintf)(char *str, __u32 str_size, const char *fmt, __u64 *data, __u32 data_len) = (void *)165;
static __u64 (*const bpf_get_func_ip)(void *ctx) = (void *)173;
static __u64 (*const bpf_get_attach_cookie)(void *ctx) = (void *)174;
static long (*const bpf_trace_vprintk)(const char *fmt, __u32 fmt_size, const void *data, __u32 data_len) = (void *)177;
static long (*const bpf_loop)(__u32 nr_loops, void *callback_fn, void *callback_ctx, __u64 flags) = (void *)181;
static long (*const bpf_strncmp)(const char *s1, __u32 s1_sz, const char *s2) = (void *)182;
static __u64 (*const bpf_xdp_get_buff_len)(struct xdp_md *xdp_md) = (void *)188;
static long (*const bpf_xdp_load_bytes)(struct xdp_md *xdp_md, __u32 offset, void *buf, __u32 len) = (void *)189;
static long (*const bpf_xdp_store_bytes)(struct xdp_md *xdp_md, __u32 offset, void *buf, __u32 len) = (void *)190;
static long (*const bpf_skb_set_tstamp)(struct __sk_buff *skb, __u64 tstamp, __u32 tstamp_type) = (void *)192;
static void *(*const bpf_map_lookup_percpu_elem)(void *map, const void *key, __u32 cpu) = (void *)195;
static __u64 (*const bpf_ktime_get_tai_ns)(void) = (void *)208;

#define bpf_printk(fmt, ...)                                          \
    ({                                                                \
        char __rz_fmt[] = fmt;                                        \
        bpf_trace_printk(__rz_fmt, sizeof(__rz_fmt), ##__VA_ARGS__); \
    })

/* Classic BPF packet loads (BPF_LD | BPF_ABS), usable from socket filters. */
unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");
unsigned long long load_half(void *skb, unsigned long long off) asm("llvm.bpf.load.half");
unsigned long long load_word(void *skb, unsigned long long off) asm("llvm.bpf.load.word");

/* ---- XDP: SEC("xdp"). ---- */
struct xdp_md {
    __u32 data;            /* offset  0: loads a packet pointer. */
    __u32 data_end;        /* offset  4: loads the packet end pointer. */
    __u32 data_meta;       /* offset  8 */
    __u32 ingress_ifindex; /* offset 12 */
    __u32 rx_queue_index;  /* offset 16 */
    __u32 egress_ifindex;  /* offset 20. Size: 24. */
};

enum xdp_action {
    XDP_ABORTED = 0,
    XDP_DROP,
    XDP_PASS,
    XDP_TX,
    XDP_REDIRECT,
};

/* ---- Socket buffers: SEC("socket"), SEC("tc"), SEC("cgroup_skb/ingress"), ... ---- */

/* A socket's fields as programs see them (__sk_buff->sk); sockets reached from a packet expose only the
 * common ones (not type, protocol, mark, priority). Size: 80. */
struct bpf_sock {
    __u32 bound_dev_if;     /* offset  0 */
    __u32 family;           /* offset  4 */
    __u32 type;             /* offset  8 */
    __u32 protocol;         /* offset 12 */
    __u32 mark;             /* offset 16 */
    __u32 priority;         /* offset 20 */
    __u32 src_ip4;          /* offset 24 */
    __u32 src_ip6[4];       /* offset 28 */
    __u32 src_port;         /* offset 44: host byte order */
    __u16 dst_port;         /* offset 48: network byte order */
    __u16 dst_port_pad;     /* offset 50 */
    __u32 dst_ip4;          /* offset 52 */
    __u32 dst_ip6[4];       /* offset 56 */
    __u32 state;            /* offset 72 */
    __s32 rx_queue_mapping; /* offset 76 */
};

struct __sk_buff {
    __u32 len;             /* offset   0 */
    __u32 pkt_type;        /* offset   4 */
    __u32 mark;            /* offset   8 */
    __u32 queue_mapping;   /* offset  12 */
    __u32 protocol;        /* offset  16 */
    __u32 vlan_present;    /* offset  20 */
    __u32 vlan_tci;        /* offset  24 */
    __u32 vlan_proto;      /* offset  28 */
    __u32 priority;        /* offset  32 */
    __u32 ingress_ifindex; /* offset  36 */
    __u32 ifindex;         /* offset  40 */
    __u32 tc_index;        /* offset  44 */
    __u32 cb[5];           /* offset  48 */
    __u32 hash;            /* offset  68 */
    __u32 tc_classid;      /* offset  72 */
    __u32 data;            /* offset  76 */
    __u32 data_end;        /* offset  80 */
    __u32 napi_id;         /* offset  84 */
    __u32 family;          /* offset  88 */
    __u32 remote_ip4;      /* offset  92 */
    __u32 local_ip4;       /* offset  96 */
    __u32 remote_ip6[4];   /* offset 100 */
    __u32 local_ip6[4];    /* offset 116 */
    __u32 remote_port;     /* offset 132 */
    __u32 local_port;      /* offset 136 */
    __u32 data_meta;       /* offset 140 */
    __u64 flow_keys;       /* offset 144: a pointer in the kernel's header. */
    __u64 tstamp;          /* offset 152 */
    __u32 wire_len;        /* offset 160 */
    __u32 gso_segs;        /* offset 164 */
    union {
        struct bpf_sock *sk; /* offset 168: the packet's socket, or NULL */
        __u64 sk_slot;
    } __attribute__((aligned(8)));
    __u32 gso_size;        /* offset 176 */
    __u8 tstamp_type;      /* offset 180 */
    __u64 hwtstamp;        /* offset 184. Size: 192. */
};

#endif /* RINGZERO_LINUX_BPF_HELPERS_H */
