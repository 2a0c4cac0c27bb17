#include "common.h"

const volatile int tbl[4] = {1,2,3,4};
__attribute__((noinline)) int rd(const int *a){ if (!a) return 0; return *a; }
SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){ return rd((const int*)&tbl[3]); }
