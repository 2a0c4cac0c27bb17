#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { return bpf_get_ns_current_pid_tgid(0, 0, 0, 0); }
