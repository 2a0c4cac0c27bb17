// UNSAFE: writes skb->len, which a tc program may only read.
#include "common.h"

SEC("tc")
int ctx_write_readonly(struct __sk_buff *skb)
{
    skb->len = skb->mark;
    return 0;
}
