#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { return bpf_redirect_neigh(1, (void*)0, 4, 0); }
