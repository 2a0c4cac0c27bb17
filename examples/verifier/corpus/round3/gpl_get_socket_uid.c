#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
TC { return bpf_get_socket_uid(skb) & 1; }
