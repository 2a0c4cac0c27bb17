#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char *r = bpf_ringbuf_reserve(&rb, 16, 0); if (!r) return 0; __builtin_memset(r, 0, 16); bpf_ringbuf_output(&rb, r, 16, 0); bpf_ringbuf_discard(r, 0); return 0; }
