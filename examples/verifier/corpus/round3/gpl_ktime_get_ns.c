#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { return bpf_ktime_get_ns() & 1; }
