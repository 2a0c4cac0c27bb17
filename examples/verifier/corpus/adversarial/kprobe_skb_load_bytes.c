// bpf_skb_load_bytes is not available to kprobes.
#include "common.h"
SEC("kprobe/ip_rcv") int prog(void *ctx)
{
	char b[4];
	return bpf_skb_load_bytes(ctx, 0, b, 4);
}
LICENSE
