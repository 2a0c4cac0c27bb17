#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { return bpf_get_current_cgroup_id() & 1; }
