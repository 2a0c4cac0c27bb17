#include <linux/bpf.h>
#include <linux/types.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
struct val { __u64 a[8]; };
struct lval { struct bpf_spin_lock l; __u64 x; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, __u32); __type(value, struct val); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, __u32); __type(value, __u32); } small SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __type(key, __u64); __type(value, struct val); } hash SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct lval); } lk SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } pe SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_STACK_TRACE); __uint(max_entries, 64); __uint(key_size, 4); __uint(value_size, 8*127); } st SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 4); __uint(key_size, 4); __uint(value_size, 4); } pa SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_DEVMAP); __uint(max_entries, 4); __uint(key_size, 4); __uint(value_size, 4); } dm SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __uint(max_entries, 4); __uint(value_size, 8); } q SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_CGROUP_ARRAY); __uint(max_entries, 4); __uint(key_size, 4); __uint(value_size, 4); } cga SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 4); __type(key, __u32); __type(value, __u64); } pca SEC(".maps");
const char fmt_d[] = "v=%d";
const char fmt_s[] = "hello";
const volatile __u64 ro[8] = {};
static __always_inline __u64 opaque(void) { return bpf_get_prandom_u32(); }
static __always_inline struct val *getv(void) { __u32 k = 0; return bpf_map_lookup_elem(&arr, &k); }
#define K SEC("kprobe/do_nanosleep") int prog(struct pt_regs *ctx)
#define TC SEC("tc") int prog(struct __sk_buff *skb)
#define XDP SEC("xdp") int prog(struct xdp_md *xdp)
