#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char o[16]; __u64 a[2] = {1,2}; __u32 n = (opaque() & 1) * 8 + 8; bpf_snprintf(o, 16, fmt_d, a, n); return o[0]; }
