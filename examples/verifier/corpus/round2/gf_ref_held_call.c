#include "common.h"

__attribute__((noinline)) int helper(int x){ return x * 2; }
SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){
  struct ev *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
  if (!e) return 0;
  e->pid = helper(3);
  bpf_ringbuf_submit(e, 0); return 0; }
