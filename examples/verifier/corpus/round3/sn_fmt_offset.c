#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
const char f3[] = "xx%d"; K { char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, f3 + 2, a, 8); return o[0]; }
