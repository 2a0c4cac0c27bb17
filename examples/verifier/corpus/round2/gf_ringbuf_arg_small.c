#include "common.h"

__attribute__((noinline)) int fill(struct ev *e){ if (!e) return 0; e->pid = 5; return 0; }
SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){
  struct ev *e = bpf_ringbuf_reserve(&rb, 8, 0);
  if (!e) return 0;
  fill(e);
  bpf_ringbuf_submit(e, 0);
  return 0; }
