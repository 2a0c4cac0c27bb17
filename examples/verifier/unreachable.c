// REJECTED on Linux: an instruction no path reaches (eBPF for Windows allows it).
#include "common.h"

SEC("xdp")
int unreachable(struct xdp_md *ctx)
{
    asm volatile("goto +1\nr0 = 0" ::: "r0");
    return XDP_PASS;
}
