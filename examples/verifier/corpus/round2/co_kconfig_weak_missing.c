#include "core.h"
extern int CONFIG_NO_SUCH_THING_XYZ __kconfig __weak;
SEC("kprobe/do_sys_openat2") int p(void *ctx){
  __u32 k = 0; struct ev *v = bpf_map_lookup_elem(&arr, &k); if (!v) return 0;
  return v->buf[CONFIG_NO_SUCH_THING_XYZ + 7]; }
