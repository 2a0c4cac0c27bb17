#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 x = opaque(); bpf_ringbuf_output(&rb, (void*)x, 8, 0); return 0; }
