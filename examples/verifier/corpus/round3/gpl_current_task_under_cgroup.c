#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { return bpf_current_task_under_cgroup(&cga, 0); }
