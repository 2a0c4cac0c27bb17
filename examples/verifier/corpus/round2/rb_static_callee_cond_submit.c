#include "common.h"

static __attribute__((noinline)) int fill(struct ev *e, __u32 v){ e->pid = v; if (v > 100) bpf_ringbuf_submit(e, 0); return 0; }
SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){
  struct ev *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
  if (!e) return 0;
  return fill(e, bpf_get_current_pid_tgid());
}
