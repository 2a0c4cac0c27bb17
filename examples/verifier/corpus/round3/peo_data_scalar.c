#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 x = opaque(); bpf_perf_event_output(ctx, &pe, BPF_F_CURRENT_CPU, (void*)x, 8); return 0; }
