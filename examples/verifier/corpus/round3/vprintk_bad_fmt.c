#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 a = 1; bpf_trace_vprintk(fmt_s, sizeof(fmt_s), &a, 8); return 0; }
