// size may be up to 31 but the stack buffer is 16 bytes
#include "common.h"
SEC("kprobe/do_sys_openat2") int prog(void *ctx)
{
	char buf[16];
	__u32 n = bpf_get_prandom_u32() & 31;
	bpf_probe_read_kernel(buf, n, ctx);
	return buf[0];
}
LICENSE
