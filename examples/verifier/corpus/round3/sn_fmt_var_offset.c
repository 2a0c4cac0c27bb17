#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
const char f3[] = "xx%d"; K { char o[16]; __u64 a[1] = {1}; __u32 i = opaque() & 1; bpf_snprintf(o, 16, f3 + i, a, 8); return o[0]; }
