// A global function's `char *` argument is memory of sizeof(char) == 1: touching p[1] is rejected by the
// kernel, although the caller passes a 16-byte buffer.
#include "common.h"
__attribute__((noinline)) int two_bytes(unsigned char *p)
{
	if (!p) return 0;
	return p[0] + p[1];
}
SEC("tc") int prog(struct __sk_buff *skb)
{
	unsigned char buf[16] = {};
	bpf_skb_load_bytes(skb, 0, buf, sizeof(buf));
	return two_bytes(buf) > 100 ? TC_ACT_SHOT : TC_ACT_OK;
}
LICENSE
