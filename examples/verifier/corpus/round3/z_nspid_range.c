#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { struct bpf_pidns_info n; __u32 s = opaque() & 7; return bpf_get_ns_current_pid_tgid(0, 0, &n, s); }
