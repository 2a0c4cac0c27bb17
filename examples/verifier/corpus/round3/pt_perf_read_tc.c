#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { return bpf_perf_event_read(&pe, 0) & 1; }
