#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { char b[16]; bpf_get_current_comm(b, 16); return XDP_PASS; }
