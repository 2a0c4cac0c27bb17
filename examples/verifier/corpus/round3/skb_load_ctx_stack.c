#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { char b[8]; bpf_skb_load_bytes(b, 0, b, 4); return 0; }
