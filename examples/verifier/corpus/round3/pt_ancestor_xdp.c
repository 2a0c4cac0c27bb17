#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_get_current_ancestor_cgroup_id(1) & 1; }
