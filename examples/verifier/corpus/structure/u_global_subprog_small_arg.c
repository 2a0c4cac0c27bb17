/* unsafe: caller passes a 4-byte stack object where the global subprog's BTF type is a 16-byte struct */
#include "common.h"
struct key4 { __u32 saddr, daddr, sport_dport, proto; };
__noinline int hash_key(struct key4 *k)
{
	if (!k) return 0;
	return k->saddr ^ k->daddr ^ k->sport_dport ^ k->proto;
}
SEC("xdp") int prog(struct xdp_md *ctx)
{
	__u32 addr = ctx->rx_queue_index;
	return hash_key((struct key4 *)&addr) & 1 ? XDP_DROP : XDP_PASS;
}
