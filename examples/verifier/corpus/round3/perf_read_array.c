#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { return bpf_perf_event_read(&arr, 0); }
