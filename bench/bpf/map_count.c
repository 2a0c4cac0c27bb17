// The TraceConnections pattern (hash lookup, in-place increment or insert) as a Linux xdp program,
// so that the kernel's eBPF and ringzero run the same map-heavy code side by side.
#define SEC(name) __attribute__((section(name), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name

typedef unsigned int __u32;
typedef unsigned long long __u64;

struct xdp_md {
    __u32 data;
    __u32 data_end;
    __u32 data_meta;
    __u32 ingress_ifindex;
    __u32 rx_queue_index;
    __u32 egress_ifindex;
};

struct process_info {
    __u32 id;
    char name[32];
    __u32 count;
};

struct {
    __uint(type, 1); /* BPF_MAP_TYPE_HASH */
    __type(key, __u32);
    __type(value, struct process_info);
    __uint(max_entries, 1024);
} proc_map SEC(".maps");

static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *) 1;
static long (*bpf_map_update_elem)(void *map, const void *key, const void *value, __u64 flags) = (void *) 2;

SEC("xdp")
int map_count(struct xdp_md *ctx)
{
    __u32 pid = (ctx->data_end - ctx->data) & 63;
    struct process_info *p = bpf_map_lookup_elem(&proc_map, &pid);
    if (p) {
        p->count++;
    } else {
        struct process_info pi = {0};
        pi.id = pid;
        pi.count = 1;
        bpf_map_update_elem(&proc_map, &pid, &pi, 0);
    }
    return 2; /* XDP_PASS */
}

char LICENSE[] SEC("license") = "GPL";
