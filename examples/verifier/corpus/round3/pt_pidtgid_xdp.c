#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
XDP { return bpf_get_current_pid_tgid() & 1; }
