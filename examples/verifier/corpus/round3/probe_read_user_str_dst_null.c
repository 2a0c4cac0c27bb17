#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { bpf_probe_read_user_str((void*)0, 8, (void*)opaque()); return 0; }
