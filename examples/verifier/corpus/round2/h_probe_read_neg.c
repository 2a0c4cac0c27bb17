#include "common.h"
SEC("kprobe/do_sys_open") int p(void *ctx){ char b[16]; int n = bpf_get_prandom_u32(); if (n > 16) return 0; bpf_probe_read_kernel(b, n, ctx); return 0; }
