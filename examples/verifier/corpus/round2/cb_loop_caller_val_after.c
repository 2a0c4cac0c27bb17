#include "common.h"

struct st { __u64 idx; };
static int cb(__u32 i, void *c){ struct st *s = c; s->idx = bpf_get_prandom_u32(); return 0; }
SEC("tracepoint/syscalls/sys_enter_write") int p(void *ctx){
  struct st s = {0}; __u32 k = 0; struct ev *v = bpf_map_lookup_elem(&arr, &k); if (!v) return 0;
  bpf_loop(4, cb, &s, 0);
  return v->buf[s.idx]; }
