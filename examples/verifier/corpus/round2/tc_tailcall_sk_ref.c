#include "common.h"

struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2); __type(key, __u32); __type(value, __u32); } jt SEC(".maps");
SEC("tc") int p(struct __sk_buff *skb){ struct bpf_sock_tuple t = {}; struct bpf_sock *sk = bpf_sk_lookup_tcp(skb, &t, sizeof(t.ipv4), -1, 0);
  bpf_tail_call(skb, &jt, 0); if (sk) bpf_sk_release(sk); return 0; }
