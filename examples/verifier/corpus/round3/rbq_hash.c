#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { return bpf_ringbuf_query(&hash, 0); }
