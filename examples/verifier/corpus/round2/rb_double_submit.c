#include "common.h"

SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){
  struct ev *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
  if (!e) return 0;
  __u32 pid = bpf_get_current_pid_tgid();
  if (pid & 1) bpf_ringbuf_submit(e, 0);
  bpf_ringbuf_discard(e, 0);
  return 0; }
