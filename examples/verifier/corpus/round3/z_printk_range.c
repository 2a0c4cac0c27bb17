#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char a[8] = {}; __u32 n = opaque() & 7; return bpf_trace_printk(a, n); }
