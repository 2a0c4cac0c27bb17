#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { return bpf_send_signal(9); }
