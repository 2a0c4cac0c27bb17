/* A legacy bpf_map_def map in the "maps" section, used by a socket filter. */
#include "bpf_defs.h"

struct bpf_map_def SEC("maps") packet_counts = {
    .type = BPF_MAP_TYPE_ARRAY,
    .key_size = sizeof(__u32),
    .value_size = sizeof(__u64),
    .max_entries = 256,
    .map_flags = 0,
};

struct bpf_map_def SEC("maps") flows = {
    .type = BPF_MAP_TYPE_HASH,
    .key_size = 8,
    .value_size = 16,
    .max_entries = 64,
    .map_flags = BPF_F_NO_PREALLOC,
};

SEC("socket")
int count_by_protocol(void *skb)
{
    __u32 key = 6;
    __u64 *value = bpf_map_lookup_elem(&packet_counts, &key);
    if (value)
        __sync_fetch_and_add(value, 1);
    __u64 flow = 42;
    bpf_map_lookup_elem(&flows, &flow);
    return 0;
}

char _license[] SEC("license") = "Dual MIT/GPL";
