#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { return bpf_perf_event_read(&pe, 0) & 1; }
