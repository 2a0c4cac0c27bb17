#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 x = opaque(); bpf_trace_printk((void*)x, 4); return 0; }
