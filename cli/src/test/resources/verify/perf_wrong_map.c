#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u64); __uint(max_entries, 4); } notperf SEC(".maps");
SEC("xdp")
int prog(void *ctx) { __u64 v = 1; bpf_perf_event_output(ctx, &notperf, BPF_F_CURRENT_CPU, &v, sizeof(v)); return 1; }
char LICENSE[] SEC("license") = "GPL";
