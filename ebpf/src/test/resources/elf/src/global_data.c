/* Global variables in .data, .rodata and .bss, plus a string literal in .rodata.str1.1. */
#include "bpf_defs.h"

int hits = 7;                      /* .data */
const volatile __u32 limit = 100;  /* .rodata */
__u64 last_seen;                   /* .bss */
static const char greeting[] = "hello, ringzero"; /* .rodata */

static long (*bpf_trace_printk)(const char *fmt, __u32 fmt_size, ...) = (void *) 6;

SEC("xdp")
int use_globals(void *ctx)
{
    hits++;
    last_seen = bpf_ktime_get_ns();
    if (hits > limit)
        bpf_trace_printk(greeting, sizeof(greeting));
    bpf_trace_printk("hits=%d\n", 9, hits);
    return 2;
}

char _license[] SEC("license") = "GPL";
