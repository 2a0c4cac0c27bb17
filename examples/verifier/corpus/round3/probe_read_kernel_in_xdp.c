#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { char b[8]; bpf_probe_read_kernel(b, 8, (void*)(long)xdp->data); return XDP_PASS; }
