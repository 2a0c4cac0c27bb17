#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* libbpf-bootstrap minimal style: .bss counters, .data config, .rodata filter */
__u64 calls = 0;
__u64 per_cpu_hits[64] = {};
int enabled = 1;
const volatile int filter_pid = 0;

SEC("kprobe/__x64_sys_write")
int kp_write(struct pt_regs *ctx)
{
	int pid = bpf_get_current_pid_tgid() >> 32;
	__u32 cpu = bpf_get_smp_processor_id();
	if (!enabled)
		return 0;
	if (filter_pid && pid != filter_pid)
		return 0;
	__sync_fetch_and_add(&calls, 1);
	if (cpu < 64)
		per_cpu_hits[cpu]++;
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
