#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { bpf_probe_read_kernel((void*)ro, 8, (void*)opaque()); return 0; }
