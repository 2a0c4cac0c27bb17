#include "hdr.h"
char LICENSE[] SEC("license") = "GPL";
char fw[8] = "abc"; K { char a[8] = {}; return bpf_strncmp(a, 8, fw); }
