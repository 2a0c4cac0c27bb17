#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { return bpf_ktime_get_coarse_ns() & 1; }
