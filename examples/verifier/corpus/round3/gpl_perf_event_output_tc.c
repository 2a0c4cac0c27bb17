#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { __u64 d = 1; bpf_perf_event_output(skb, &pe, BPF_F_CURRENT_CPU, &d, 8); return 0; }
