#include "common.h"

__attribute__((noinline)) int sum(int a[4]){ if (!a) return 0; return a[0] + a[1]; }
SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){ int v[4] = {1,2,3,4}; return sum(v); }
