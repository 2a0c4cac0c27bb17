#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* per-CPU slots in a global .bss array used as scratch space */
#define NCPU 64
#define SLOT 128
char scratch[NCPU][SLOT];
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");

SEC("kprobe/do_sys_openat2")
int kp_open(struct pt_regs *ctx)
{
	__u32 cpu = bpf_get_smp_processor_id() & (NCPU - 1);
	char *buf = scratch[cpu];
	bpf_probe_read_kernel(buf, SLOT, (void *)PT_REGS_PARM2(ctx));
	bpf_ringbuf_output(&rb, buf, SLOT, 0);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
