#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
XDP { return bpf_redirect_map(&dm, 0, 0); }
