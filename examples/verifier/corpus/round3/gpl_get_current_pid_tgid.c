#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { return bpf_get_current_pid_tgid() & 1; }
