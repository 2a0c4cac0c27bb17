// UNSAFE: a BPF_F_RDONLY_PROG map may not be updated by the program.
#include "common.h"

struct {
    __uint(type, BPF_MAP_TYPE_HASH);
    __uint(map_flags, 1 << 7);
    __type(key, __u32);
    __type(value, __u64);
    __uint(max_entries, 8);
} config SEC(".maps");

SEC("xdp")
int rdonly_prog_update(struct xdp_md *ctx)
{
    __u32 key = 0;
    __u64 one = 1;
    bpf_map_update_elem(&config, &key, &one, BPF_ANY);
    return XDP_PASS;
}
