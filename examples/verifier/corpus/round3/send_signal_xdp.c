#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { bpf_send_signal(9); return XDP_PASS; }
