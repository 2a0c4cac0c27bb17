#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_current_task_under_cgroup(&cga, 0); }
