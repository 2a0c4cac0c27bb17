// UNSAFE: writes a .rodata constant (the loader freezes .rodata).
#include "common.h"

const volatile __u32 setting = 7;

SEC("xdp")
int rodata_write(struct xdp_md *ctx)
{
    __u32 *p = (__u32 *)&setting;
    asm volatile("" : "+r"(p));
    *p = ctx->ingress_ifindex;
    return XDP_PASS;
}
