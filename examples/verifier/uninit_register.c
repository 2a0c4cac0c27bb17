// UNSAFE: returns r7, which nothing wrote.
#include "common.h"

SEC("xdp")
int uninit_register(struct xdp_md *ctx)
{
    int r;
    asm volatile("%0 = r7" : "=r"(r));
    return r & 1;
}
