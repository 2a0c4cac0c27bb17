#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { struct val *v = getv(); if (!v) return 0; bpf_spin_lock((void*)v); bpf_spin_unlock((void*)v); return 0; }
