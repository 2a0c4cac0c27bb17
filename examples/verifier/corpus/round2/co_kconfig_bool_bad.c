#include "core.h"
extern _Bool CONFIG_BPF_JIT_ALWAYS_ON __kconfig __weak;
SEC("kprobe/do_sys_openat2") int p(void *ctx){
  __u32 k = 0; struct ev *v = bpf_map_lookup_elem(&arr, &k); if (!v) return 0;
  return v->buf[CONFIG_BPF_JIT_ALWAYS_ON ? 8 : 7]; }
