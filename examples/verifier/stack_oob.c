// UNSAFE: writes 8 bytes at r10 - 520, below the 512-byte stack.
#include "common.h"

SEC("xdp")
int stack_oob(struct xdp_md *ctx)
{
    asm volatile("r1 = 0\n*(u64 *)(r10 - 520) = r1" ::: "r1");
    return XDP_PASS;
}
