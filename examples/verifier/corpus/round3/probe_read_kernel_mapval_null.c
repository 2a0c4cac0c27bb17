#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { struct val *v = getv(); bpf_probe_read_kernel(v, 8, (void*)opaque()); return 0; }
