#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, fmt_d, a, 4); return o[0]; }
