#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { char f[] = "abc"; bpf_trace_printk(f, sizeof(f)); return XDP_PASS; }
