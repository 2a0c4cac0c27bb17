// UNSAFE: keeps a packet length in r1-r5 across a helper call, which clears them.
#include "common.h"

SEC("xdp")
int stale_pointer_after_call(struct xdp_md *ctx)
{
    int r;
    asm volatile("r1 = 5\n call 7\n %0 = r1" : "=r"(r) :: "r0", "r1", "r2", "r3", "r4", "r5");
    return r & 1;
}
