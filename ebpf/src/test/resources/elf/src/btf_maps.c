/* BTF-defined maps in .maps: a hash map with struct key and value, pinned by name; an array map
 * sized with key_size/value_size numbers; an array of maps whose slot 1 holds the inner map.
 * One XDP program uses them. */
#include "bpf_defs.h"

struct process_key {
    __u32 pid;
    __u32 tid;
};

struct process_info {
    __u64 start_ns;
    __u64 count;
    char comm[16];
};

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __type(key, struct process_key);
    __type(value, struct process_info);
    __uint(max_entries, 1024);
    __uint(map_flags, BPF_F_NO_PREALLOC);
    __uint(pinning, LIBBPF_PIN_BY_NAME);
} processes SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __uint(key_size, 4);
    __uint(value_size, 8);
    __uint(max_entries, 16);
} counters SEC(".maps");

struct inner_counts {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __type(key, __u32);
    __type(value, __u32);
    __uint(max_entries, 4);
} inner SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
    __uint(max_entries, 2);
    __type(key, __u32);
    __array(values, struct inner_counts);
} outer SEC(".maps") = {
    .values = { [1] = &inner },
};

SEC("xdp")
int count_packets(void *ctx)
{
    __u64 id = bpf_get_current_pid_tgid();
    struct process_key key = { .pid = id >> 32, .tid = (__u32) id };
    struct process_info *info = bpf_map_lookup_elem(&processes, &key);
    if (info) {
        info->count++;
    } else {
        struct process_info fresh = { .start_ns = bpf_ktime_get_ns(), .count = 1 };
        bpf_map_update_elem(&processes, &key, &fresh, 0);
    }
    __u32 slot = 0;
    __u64 *total = bpf_map_lookup_elem(&counters, &slot);
    if (total)
        (*total)++;
    void *counts = bpf_map_lookup_elem(&outer, &slot);
    if (counts)
        bpf_map_lookup_elem(counts, &slot);
    return 2;
}

char _license[] SEC("license") = "GPL";
