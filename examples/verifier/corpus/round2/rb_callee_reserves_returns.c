#include "common.h"

static __attribute__((noinline)) int emit(__u32 v){
  struct ev *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
  if (!e) return 0;
  e->pid = v;
  if (v == 7) return 1;
  bpf_ringbuf_submit(e, 0); return 0; }
SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){ return emit(bpf_get_current_pid_tgid()); }
