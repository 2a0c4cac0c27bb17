#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char b[16]; bpf_get_current_comm(b, 0); return 0; }
