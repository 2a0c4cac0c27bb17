#include "common.h"
SEC("kprobe/do_sys_open") int p(void *ctx){ char b[8]; bpf_probe_read_kernel(b, 0, ctx); return 0; }
