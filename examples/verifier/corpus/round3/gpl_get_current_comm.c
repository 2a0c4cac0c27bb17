#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { char b[16]; bpf_get_current_comm(b, 16); return b[0]; }
