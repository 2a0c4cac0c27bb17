#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { bpf_get_current_comm(ctx, 16); return 0; }
