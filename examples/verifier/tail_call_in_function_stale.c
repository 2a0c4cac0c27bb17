// UNSAFE: a tail call made inside a function returns to that function's caller when the tail-called program
// exits, and that program may have changed the packet: the caller's packet pointers are stale afterwards.
// cflags: -I/usr/include/x86_64-linux-gnu
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct eth { unsigned char dst[6], src[6]; unsigned short proto; };
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2); __type(key, __u32); __type(value, __u32); } jumps SEC(".maps");

static __attribute__((noinline)) int jump(struct __sk_buff *skb)
{
    bpf_tail_call(skb, &jumps, 0);
    return 0;
}

SEC("tc")
int tail_call_in_function_stale(struct __sk_buff *skb)
{
    void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
    struct eth *eth = data;
    if ((void *)(eth + 1) > end)
        return 0;
    jump(skb);
    return eth->proto == 8 ? 0 : 2;
}
