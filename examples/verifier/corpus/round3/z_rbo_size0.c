#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 d = 1; bpf_ringbuf_output(&rb, &d, 0, 0); return 0; }
