#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_jiffies64() & 1; }
