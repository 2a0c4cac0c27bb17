#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 d = 0, o; bpf_probe_read_kernel(&o, 8, &d); return o; }
