// REJECTED: spins until a random number is 7; the state never changes, so no bound exists.
#include "common.h"

SEC("xdp")
int infinite_loop(struct xdp_md *ctx)
{
    while (bpf_get_prandom_u32() != 7)
        ;
    return XDP_PASS;
}
