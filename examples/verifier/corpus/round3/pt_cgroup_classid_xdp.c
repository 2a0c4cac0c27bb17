#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_get_cgroup_classid((void*)xdp) & 1; }
