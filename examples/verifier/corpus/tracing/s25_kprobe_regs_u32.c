#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
/* narrow reads of pt_regs (low halves of registers, last 4 bytes of the struct) */
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, __u32); __type(value, __u32); } regs32 SEC(".maps");

SEC("kprobe/__x64_sys_kill")
int kp_kill(struct pt_regs *ctx)
{
	__u32 k0 = 0, k1 = 1, k2 = 2;
	__u32 di = *(volatile __u32 *)&ctx->rdi;
	__u16 si = *(volatile __u16 *)&ctx->rsi;
	__u32 sshi = *(volatile __u32 *)((char *)ctx + 164);
	bpf_map_update_elem(&regs32, &k0, &di, BPF_ANY);
	__u32 s = si;
	bpf_map_update_elem(&regs32, &k1, &s, BPF_ANY);
	bpf_map_update_elem(&regs32, &k2, &sshi, BPF_ANY);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
