#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 d = 1; bpf_perf_event_output(ctx, &arr, BPF_F_CURRENT_CPU, &d, 8); return 0; }
