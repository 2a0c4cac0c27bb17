// UNSAFE: a bpf_loop callback must return 0 or 1.
#include "common.h"

static int step(__u32 index, void *data)
{
    return 2;
}

SEC("xdp")
int bpf_loop_bad_return(struct xdp_md *ctx)
{
    bpf_loop(8, step, 0, 0);
    return XDP_PASS;
}
