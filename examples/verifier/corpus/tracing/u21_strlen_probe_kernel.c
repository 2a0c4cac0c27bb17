#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* like u09 but with bpf_probe_read_kernel: unbounded scan of a stack buffer */
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } lens SEC(".maps");

SEC("kprobe/do_sys_openat2")
int kp_strlen(struct pt_regs *ctx)
{
	char buf[32];
	__u32 zero = 0, i = 0;
	__u64 *v;
	bpf_probe_read_kernel(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	while (buf[i])	/* BUG: no bound on i */
		i++;
	v = bpf_map_lookup_elem(&lens, &zero);
	if (v)
		*v = i;
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
