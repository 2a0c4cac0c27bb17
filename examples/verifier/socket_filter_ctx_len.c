// SAFE: a socket filter keeps the first 64 bytes of packets longer than 100 bytes.
#include "common.h"

SEC("socket")
int socket_filter_ctx_len(struct __sk_buff *skb)
{
    return skb->len > 100 ? 64 : 0;
}
