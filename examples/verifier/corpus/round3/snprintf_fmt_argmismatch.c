#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char o[16]; bpf_snprintf(o, 16, fmt_d, 0, 0); return o[0]; }
