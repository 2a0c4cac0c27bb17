#include "hdr.h"
char LICENSE[] SEC("license") = "Proprietary";
K { return bpf_get_numa_node_id() & 1; }
