#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { char b[8]; bpf_skb_load_bytes_relative(skb, 0, b, 0, BPF_HDR_START_NET); return 0; }
