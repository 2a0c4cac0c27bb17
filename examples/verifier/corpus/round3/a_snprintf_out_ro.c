#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 a[1] = {1}; bpf_snprintf((void*)ro, 16, fmt_d, a, 8); return 0; }
