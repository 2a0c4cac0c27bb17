// bpf_ringbuf_output(rb, NULL, 0, 0): data is ARG_PTR_TO_MEM (not nullable) -> kernel rejects.
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_openat") int prog(void *ctx)
{
	bpf_ringbuf_output(&rb, (void *)0, 0, 0);
	return 0;
}
LICENSE
