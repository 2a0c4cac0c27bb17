#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { return bpf_redirect_neigh(1, 0, 0, 0); }
