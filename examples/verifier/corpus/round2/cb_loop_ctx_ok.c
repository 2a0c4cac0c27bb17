#include "common.h"

struct st { __u64 a[4]; };
static int cb(__u32 i, void *c){ struct st *s = c; if (i < 4) s->a[i] = i; return 0; }
SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){ struct st s = {}; bpf_loop(4, cb, &s, 0); return s.a[0]; }
