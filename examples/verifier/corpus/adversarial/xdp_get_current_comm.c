// bpf_get_current_comm from XDP (no task context).
#include "common.h"
SEC("xdp") int prog(struct xdp_md *ctx)
{
	char comm[16];
	bpf_get_current_comm(comm, sizeof(comm));
	return comm[0] == 'x' ? XDP_DROP : XDP_PASS;
}
LICENSE
