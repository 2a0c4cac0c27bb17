#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
char fw[8] = "%d"; K { char o[16]; __u64 a[1] = {1}; bpf_snprintf(o, 16, fw, a, 8); return o[0]; }
