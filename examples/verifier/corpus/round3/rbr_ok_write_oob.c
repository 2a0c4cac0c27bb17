#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char *r = bpf_ringbuf_reserve(&rb, 16, 0); if (!r) return 0; r[16] = 1; bpf_ringbuf_submit(r, 0); return 0; }
