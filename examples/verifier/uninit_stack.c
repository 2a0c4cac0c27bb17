// Passes a struct the program never filled to bpf_map_update_elem (an uninitialized stack read by
// the helper): root may do this on Linux, an unprivileged loader (and eBPF for Windows) may not.
#include "common.h"

SEC("xdp")
int uninit_stack(struct xdp_md *ctx)
{
    __u32 key = 1;
    struct value v;
    bpf_map_update_elem(&values, &key, &v, BPF_ANY);
    return XDP_PASS;
}
