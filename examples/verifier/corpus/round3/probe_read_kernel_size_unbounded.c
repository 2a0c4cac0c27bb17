#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char b[16]; __u64 n = opaque(); n <<= 20; bpf_probe_read_kernel(b, n, (void*)opaque()); return 0; }
