#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { void *d = (void*)(long)skb->data; bpf_skb_load_bytes(skb, 0, d, 4); return 0; }
