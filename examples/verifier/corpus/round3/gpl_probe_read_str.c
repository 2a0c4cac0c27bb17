#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { char b[8]; bpf_probe_read_str(b, 8, (void*)opaque()); return b[0]; }
