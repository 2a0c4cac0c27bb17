#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
const char f2[] = "%d %d"; K { char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, f2, a, 8); return o[0]; }
