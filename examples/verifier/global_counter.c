// SAFE: counts packets in a .bss global and compares with a .rodata limit.
#include "common.h"

__u64 packets = 0;
const volatile __u64 limit = 1000;

SEC("xdp")
int global_counter(struct xdp_md *ctx)
{
    __sync_fetch_and_add(&packets, 1);
    return packets > limit ? XDP_DROP : XDP_PASS;
}
