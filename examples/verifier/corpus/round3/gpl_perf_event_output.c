#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { __u64 d = 1; bpf_perf_event_output(ctx, &pe, BPF_F_CURRENT_CPU, &d, 8); return 0; }
