#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char b[8]; bpf_probe_read_kernel_str(b, 16, (void*)opaque()); return b[0]; }
