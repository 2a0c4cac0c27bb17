#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char f[] = "abc"; char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, f, a, 8); return o[0]; }
