#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { bpf_perf_event_output(ctx, &pe, 0, ctx, 8); return 0; }
