#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { return bpf_get_current_uid_gid() & 1; }
