#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { __u64 a = 1; bpf_trace_vprintk(fmt_d, sizeof(fmt_d), &a, 8); return 0; }
