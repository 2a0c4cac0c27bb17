#include "core.h"
extern int CONFIG_HZ __kconfig;
SEC("kprobe/do_sys_openat2") int p(void *ctx){
  __u32 k = 0; struct ev *v = bpf_map_lookup_elem(&arr, &k); if (!v) return 0;
  __u32 i = bpf_get_prandom_u32(); if (i >= (unsigned)CONFIG_HZ / 31) return 0; return v->buf[i]; }
