#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
const char f4[] = "%s"; K { char o[16]; __u64 a[1] = {(__u64)fmt_s}; bpf_snprintf(o, 16, f4, a, 8); return o[0]; }
