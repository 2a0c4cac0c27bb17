// UNSAFE: an iteration callback may not write the key it is given.
#include "common.h"

static long clear_key(void *map, __u32 *key, struct value *v, void *ctx)
{
    *key = 0;
    return 0;
}

SEC("tc")
int for_each_write_key(struct __sk_buff *skb)
{
    bpf_for_each_map_elem(&values, clear_key, 0, 0);
    return 0;
}
