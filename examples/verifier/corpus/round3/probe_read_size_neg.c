#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char b[16]; int n = opaque(); if (n > 16) return 0; bpf_probe_read(b, n, (void*)opaque()); return 0; }
