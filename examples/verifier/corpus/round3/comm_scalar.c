#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 x = opaque(); bpf_get_current_comm((void*)x, 16); return 0; }
