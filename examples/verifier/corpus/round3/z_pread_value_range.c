#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { struct bpf_perf_event_value b; __u32 n = opaque() & 31; return bpf_perf_event_read_value(&pe, 0, &b, n); }
