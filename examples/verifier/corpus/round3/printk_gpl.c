#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { char f[] = "abc"; bpf_trace_printk(f, sizeof(f)); return 0; }
