#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { bpf_probe_read((void*)0, 8, (void*)opaque()); return 0; }
