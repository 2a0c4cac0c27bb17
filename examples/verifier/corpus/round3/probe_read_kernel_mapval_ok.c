#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { struct val *v = getv(); if (!v) return 0; bpf_probe_read_kernel(v, 64, (void*)opaque()); return 0; }
