#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { return bpf_jiffies64() & 1; }
