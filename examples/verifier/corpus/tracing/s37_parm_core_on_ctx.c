#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
/* PT_REGS_PARM*_CORE on the probe's own ctx: bpf_probe_read_kernel with a ctx pointer as source */
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, u32); __type(value, u64); } sizes SEC(".maps");

SEC("kprobe/vfs_write")
int kp_vfs_write(struct pt_regs *ctx)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u64 count = PT_REGS_PARM3_CORE(ctx);
	bpf_map_update_elem(&sizes, &pid, &count, BPF_ANY);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
