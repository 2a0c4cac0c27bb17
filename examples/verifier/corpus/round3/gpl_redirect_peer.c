#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { return bpf_redirect_peer(1, 0); }
