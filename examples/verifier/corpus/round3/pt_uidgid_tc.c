#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { return bpf_get_current_uid_gid() & 1; }
