#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char a[8] = {}; __u32 n = opaque() & 7; return bpf_strncmp(a, n, fmt_s); }
