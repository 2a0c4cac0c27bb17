#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* kernel version / kconfig externs resolved by libbpf at load time */
extern int LINUX_KERNEL_VERSION __kconfig;
extern unsigned int CONFIG_HZ __kconfig __weak;
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2); __type(key, u32); __type(value, u64); } info SEC(".maps");

SEC("tp/sched/sched_process_fork")
int on_fork(struct trace_event_raw_sched_process_fork *ctx)
{
	u32 k = 0;
	u64 *v = bpf_map_lookup_elem(&info, &k);
	if (!v)
		return 0;
	if (LINUX_KERNEL_VERSION >= KERNEL_VERSION(5, 14, 0))
		*v += CONFIG_HZ ? CONFIG_HZ : 1;
	else
		*v += 1;
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
