#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { bpf_trace_vprintk(fmt_s, sizeof(fmt_s), 0, 0); return 0; }
