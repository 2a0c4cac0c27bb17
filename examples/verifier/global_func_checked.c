// SAFE: a global function (verified on its own, from its BTF signature) checks its pointer parameter for NULL.
#include "common.h"

struct point {
    __u32 x;
    __u32 y;
};

__attribute__((noinline)) int sum_point(struct point *p)
{
    if (!p)
        return 0;
    return p->x + p->y;
}

SEC("xdp")
int global_func_checked(struct xdp_md *ctx)
{
    struct point p = { ctx->rx_queue_index, 1 };
    return sum_point(&p) > 4 ? XDP_PASS : XDP_DROP;
}
