#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char b[16]; __u32 n = opaque() & 15; bpf_get_current_comm(b, n); return 0; }
