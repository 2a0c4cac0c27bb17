#include "common.h"

SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){
  struct bpf_dynptr d; if (bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d)) { return 0; }
  bpf_ringbuf_submit_dynptr(&d, 0); return 0; }
