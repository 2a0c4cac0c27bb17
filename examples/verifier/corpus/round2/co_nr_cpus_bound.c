#include "core.h"
extern int CONFIG_NR_CPUS __kconfig;
SEC("kprobe/do_sys_openat2") int p(void *ctx){
  __u32 k = 0; struct ev *v = bpf_map_lookup_elem(&arr, &k); if (!v) return 0;
  __u32 c = bpf_get_smp_processor_id(); if (c > CONFIG_NR_CPUS) return 0; return v->buf[c & 7]; }
