#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { char b[4]; return bpf_skb_load_bytes_relative(skb, 0, b, 4, 0); }
