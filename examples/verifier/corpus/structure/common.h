/* shared includes for the structure corpus */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

/* /sys/kernel/tracing/events/syscalls/sys_enter_write/format */
struct sys_enter_write_ctx {
	unsigned long long unused;   /* common_type..common_pid */
	long syscall_nr;
	unsigned long fd;
	const char *buf;
	unsigned long count;
};

static __always_inline struct iphdr *xdp_ip(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end || eth->h_proto != bpf_htons(ETH_P_IP))
		return 0;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end)
		return 0;
	return ip;
}
char LICENSE[] SEC("license") = "GPL";
