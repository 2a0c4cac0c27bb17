// SAFE: a tc program sets skb->mark (a writable field) from a register.
#include "common.h"

SEC("tc")
int ctx_write_mark(struct __sk_buff *skb)
{
    skb->mark = skb->len;
    return 0;
}
