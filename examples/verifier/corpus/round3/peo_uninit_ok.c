#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 d[2]; bpf_perf_event_output(ctx, &pe, BPF_F_CURRENT_CPU, d, 16); return 0; }
