#include "common.h"

static int cb(__u32 i, void *c){ struct ev *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0); if (!e) return 1; e->pid = i; if (i == 3) return 0; bpf_ringbuf_submit(e, 0); return 0; }
SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){ bpf_loop(8, cb, 0, 0); return 0; }
