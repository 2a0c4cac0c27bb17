#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { struct bpf_perf_event_value b; return bpf_perf_event_read_value(&pe, 0, &b, 0); }
