#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { __u64 d = 1; bpf_perf_event_output(ctx, &pe, 0, &d, 0); return 0; }
