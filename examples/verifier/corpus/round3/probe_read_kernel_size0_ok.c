#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char b[8]; bpf_probe_read_kernel(b, 0, (void*)opaque()); return 0; }
