// UNSAFE: __sk_buff->sk may be NULL (a packet without a socket); reading it unchecked is refused.
#include "common.h"

SEC("tc")
int skb_sk_unchecked(struct __sk_buff *skb)
{
    struct bpf_sock *sk = skb->sk;
    return sk->family == 10 ? 2 : 0;
}
