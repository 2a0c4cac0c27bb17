#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char *r = bpf_ringbuf_reserve(&rb, 16, 0); if (!r) return 0; bpf_ringbuf_submit(r + 8, 0); return 0; }
