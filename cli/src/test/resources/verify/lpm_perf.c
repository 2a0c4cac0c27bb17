#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct key { __u32 prefixlen; __u32 addr; };
struct {
    __uint(type, BPF_MAP_TYPE_LPM_TRIE);
    __type(key, struct key);
    __type(value, __u32);
    __uint(max_entries, 64);
    __uint(map_flags, BPF_F_NO_PREALLOC);
} blocked SEC(".maps");
struct {
    __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
    __uint(key_size, sizeof(__u32));
    __uint(value_size, sizeof(__u32));
} events SEC(".maps");
SEC("xdp")
int lpm_filter(struct xdp_md *ctx)
{
    void *data = (void *)(long)ctx->data;
    void *data_end = (void *)(long)ctx->data_end;
    if (data + 34 > data_end) return XDP_PASS;
    struct key k = { .prefixlen = 32, .addr = *(__u32 *)(data + 26) };
    __u32 *v = bpf_map_lookup_elem(&blocked, &k);
    if (v) {
        bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &k, sizeof(k));
        return XDP_DROP;
    }
    return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
