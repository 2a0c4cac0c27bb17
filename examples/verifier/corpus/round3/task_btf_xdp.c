#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_get_current_task_btf() ? XDP_PASS : XDP_DROP; }
