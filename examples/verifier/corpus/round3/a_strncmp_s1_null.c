#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { return bpf_strncmp(0, 8, fmt_s); }
