#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 x = opaque(); bpf_trace_vprintk(fmt_d, sizeof(fmt_d), (void*)x, 8); return 0; }
