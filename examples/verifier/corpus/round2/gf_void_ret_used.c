#include "common.h"

__attribute__((noinline)) void bump(struct ev *e){ if (e) e->pid++; }
SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){ struct ev x = {}; bump(&x); return x.pid; }
