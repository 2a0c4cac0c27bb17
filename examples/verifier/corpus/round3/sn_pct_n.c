#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
const char f5[] = "%n"; K { char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, f5, a, 8); return o[0]; }
