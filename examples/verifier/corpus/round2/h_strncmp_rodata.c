#include "common.h"
const char want[] = "bash";
SEC("kprobe/do_sys_open") int p(void *ctx){ char c[16]; bpf_get_current_comm(c, 16); return bpf_strncmp(c, 5, want) == 0; }
