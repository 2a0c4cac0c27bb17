#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 n = opaque() & 63; void *r = bpf_ringbuf_reserve(&rb, n, 0); if (r) bpf_ringbuf_discard(r, 0); return 0; }
