#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { bpf_get_current_comm((void*)ro, 16); return 0; }
