#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char f[] = "%d"; __u64 a = 1; bpf_trace_vprintk(f, sizeof(f), &a, 16); return 0; }
