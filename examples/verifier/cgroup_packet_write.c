// UNSAFE: a cgroup_skb program may read the packet but not write it.
#include "common.h"

SEC("cgroup_skb/ingress")
int cgroup_packet_write(struct __sk_buff *skb)
{
    unsigned char *data = (unsigned char *)(long)skb->data;
    unsigned char *end = (unsigned char *)(long)skb->data_end;
    if (data + 1 > end)
        return 1;
    data[0] = 0;
    return 1;
}
