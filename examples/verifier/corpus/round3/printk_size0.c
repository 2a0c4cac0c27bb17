#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char f[] = "abc"; bpf_trace_printk(f, 0); return 0; }
