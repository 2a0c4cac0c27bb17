#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { bpf_trace_vprintk(fmt_s, 0, 0, 0); return 0; }
