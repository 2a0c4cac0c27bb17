#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { return bpf_map_pop_elem(&q, (void*)ro); }
