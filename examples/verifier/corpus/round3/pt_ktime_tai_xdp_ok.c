#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_ktime_get_tai_ns() & 1; }
