/* Calls that clang resolves without the .text section: a static subprogram placed in the program's
 * own section (called pc-relative, with no relocation), and a callback passed to bpf_loop (an lddw of
 * a function address, relocated against .text). */
#include "bpf_defs.h"

static long (*bpf_loop)(__u32 nr_loops, void *callback_fn, void *callback_ctx, __u64 flags) = (void *) 181;

__attribute__((noinline)) static int add_seven(int x) SEC("tc");
__attribute__((noinline)) static int add_seven(int x)
{
    return x + 7;
}

static long count_step(__u32 index, void *ctx)
{
    *(__u64 *) ctx += index;
    return 0;
}

SEC("tc")
int caller(void *ctx)
{
    __u64 total = 0;
    bpf_loop(4, count_step, &total, 0);
    return add_seven((int) total);
}

char _license[] SEC("license") = "GPL";
