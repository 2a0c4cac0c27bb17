#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
const char fmt_x[] = "v=%Q"; K { char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, fmt_x, a, 8); return o[0]; }
