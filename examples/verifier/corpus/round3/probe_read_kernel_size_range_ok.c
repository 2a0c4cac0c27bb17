#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char b[16]; __u32 n = opaque() & 15; bpf_probe_read_kernel(b, n, (void*)opaque()); return 0; }
