#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
const char f6[] = "%d%d%d%d%d%d%d%d%d%d%d%d%d"; K { char o[16]; __u64 a[13] = {}; bpf_snprintf(o, 16, f6, a, 104); return o[0]; }
