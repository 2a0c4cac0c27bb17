// SAFE: a global function takes the program's context (struct xdp_md *) and checks packet bounds itself.
#include "common.h"

__attribute__((noinline)) int first_byte(struct xdp_md *ctx)
{
    unsigned char *data = (void *)(long)ctx->data;
    if ((void *)(data + 1) > (void *)(long)ctx->data_end)
        return 0;
    return data[0];
}

SEC("xdp")
int global_func_ctx(struct xdp_md *ctx)
{
    return first_byte(ctx) == 0xff ? XDP_DROP : XDP_PASS;
}
