#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { __u64 d = 1; return bpf_ringbuf_output(&rb, &d, 8, 0); }
