// UNSAFE: returns 7, which is no XDP action (XDP_ABORTED..XDP_REDIRECT = 0..4).
#include "common.h"

SEC("xdp")
int xdp_bad_return(struct xdp_md *ctx)
{
    return 7;
}
