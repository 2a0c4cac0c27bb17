// UNSAFE: the global function calls bpf_xdp_adjust_head, so after the call every packet pointer of the
// caller is stale; reading the Ethernet header checked before the call is refused.
// cflags: -I/usr/include/x86_64-linux-gnu
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct eth { unsigned char dst[6], src[6]; unsigned short proto; };

__attribute__((noinline)) int strip(struct xdp_md *ctx)
{
    return bpf_xdp_adjust_head(ctx, 4);
}

SEC("xdp")
int global_func_moves_packet(struct xdp_md *ctx)
{
    void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
    struct eth *eth = data;
    if ((void *)(eth + 1) > end)
        return XDP_DROP;
    strip(ctx);
    return eth->proto == 8 ? XDP_PASS : XDP_DROP;
}
