#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
XDP { return bpf_xdp_adjust_head(xdp, 4) ? XDP_DROP : XDP_PASS; }
