#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char o[16]; __u64 x = opaque(); bpf_snprintf(o, 16, (void*)x, 0, 0); return o[0]; }
