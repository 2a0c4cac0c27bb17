#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* bpf_printk with more than 3 arguments expands to bpf_trace_vprintk */
SEC("tp/sched/sched_switch")
int tp_switch(struct trace_event_raw_sched_switch *ctx)
{
	bpf_printk("switch %d(%d) -> %d(%d) cpu %u", ctx->prev_pid, ctx->prev_prio,
		   ctx->next_pid, ctx->next_prio, bpf_get_smp_processor_id());
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
