#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { return bpf_redirect(1, 0); }
