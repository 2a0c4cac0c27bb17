#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { void *r = bpf_ringbuf_reserve(&rb, 8, 0); if (r) bpf_ringbuf_discard(r, 0); return 0; }
