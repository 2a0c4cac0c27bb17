#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { bpf_snprintf(0, 0, fmt_s, 0, 0); return 0; }
