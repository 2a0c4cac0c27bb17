#include "common.h"

struct cfg { int *limit; int n; };
__attribute__((noinline)) int use(struct cfg *c){ if (!c) return 0; return *c->limit; }
SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){ int l = 3; struct cfg c = { &l, 4 }; return use(&c); }
