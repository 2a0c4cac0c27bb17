// UNSAFE: writes 2 bytes of skb->mark; context fields are written whole.
#include "common.h"

SEC("tc")
int ctx_narrow_write(struct __sk_buff *skb)
{
    asm volatile("r2 = 1\n*(u16 *)(%0 + 8) = r2" :: "r"(skb) : "r2");
    return 0;
}
