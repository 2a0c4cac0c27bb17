// SAFE: sums every value of a hash map with bpf_for_each_map_elem.
#include "common.h"

struct total { __u64 sum; };

static long add_value(void *map, __u32 *key, struct value *v, struct total *t)
{
    t->sum += v->count + *key;
    return 0;
}

SEC("tc")
int for_each_sum_ok(struct __sk_buff *skb)
{
    struct total t = { 0 };
    bpf_for_each_map_elem(&values, add_value, &t, 0);
    return t.sum > 100;
}
