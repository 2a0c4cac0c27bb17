#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 x = opaque(); bpf_probe_read_kernel((void*)x, 8, (void*)opaque()); return 0; }
