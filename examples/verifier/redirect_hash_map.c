// UNSAFE: bpf_redirect_map needs a device, CPU or socket map, not a hash map.
#include "common.h"

SEC("xdp")
int redirect_hash_map(struct xdp_md *ctx)
{
    return bpf_redirect_map(&values, 0, XDP_PASS);
}
