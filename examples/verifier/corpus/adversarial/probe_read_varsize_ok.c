// safe twin: size & 15 into a 16-byte buffer (ARG_CONST_SIZE_OR_ZERO)
#include "common.h"
SEC("kprobe/do_sys_openat2") int prog(void *ctx)
{
	char buf[16];
	__u32 n = bpf_get_prandom_u32() & 15;
	bpf_probe_read_kernel(buf, n, ctx);
	return buf[0];
}
LICENSE
