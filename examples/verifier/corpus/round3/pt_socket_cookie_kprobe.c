#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { return bpf_get_socket_cookie(ctx) & 1; }
