#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { return bpf_current_task_under_cgroup(&arr, 0); }
