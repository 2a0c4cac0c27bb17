#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
TC { struct bpf_spin_lock l = {}; bpf_spin_lock(&l); bpf_spin_unlock(&l); return 0; }
