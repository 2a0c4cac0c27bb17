#include "common.h"

__attribute__((noinline)) int *pick(int *a){ return a; }
SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){ int v = 1; int *q = pick(&v); return q ? *q : 0; }
