#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { __u64 d = 1; bpf_perf_event_output(xdp, &pe, BPF_F_CURRENT_CPU, &d, 8); return XDP_PASS; }
