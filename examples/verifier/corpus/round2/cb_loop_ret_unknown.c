#include "common.h"

static int cb(__u32 i, void *c){ return bpf_get_prandom_u32(); }
SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){ bpf_loop(4, cb, 0, 0); return 0; }
