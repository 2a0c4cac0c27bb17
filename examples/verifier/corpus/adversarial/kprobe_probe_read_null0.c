// bpf_probe_read_kernel(NULL, 0, src): dst is ARG_PTR_TO_UNINIT_MEM (not nullable) -> kernel rejects scalar 0.
#include "common.h"
SEC("kprobe/do_sys_openat2") int prog(void *ctx)
{
	return bpf_probe_read_kernel((void *)0, 0, ctx);
}
LICENSE
