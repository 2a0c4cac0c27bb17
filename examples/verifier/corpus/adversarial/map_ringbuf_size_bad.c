// ringbuf size must be a power-of-2 multiple of the page size
#include "common.h"
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 5000); } rb SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_openat") int prog(void *ctx)
{
	__u64 x = bpf_ktime_get_ns();
	bpf_ringbuf_output(&rb, &x, sizeof(x), 0);
	return 0;
}
LICENSE
