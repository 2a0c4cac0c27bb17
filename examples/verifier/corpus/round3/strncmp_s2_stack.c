#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
K { char a[8] = "abc"; char b[8] = "abc"; return bpf_strncmp(a, 8, b); }
