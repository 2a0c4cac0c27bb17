#include "common.h"

SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){
  struct bpf_dynptr d; if (bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d)) { bpf_ringbuf_discard_dynptr(&d, 0); return 0; }
  __u32 x = 1; bpf_dynptr_write(&d, 0, &x, 4, 0); bpf_ringbuf_submit_dynptr(&d, 0); return 0; }
