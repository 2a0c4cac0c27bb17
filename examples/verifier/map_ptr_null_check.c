// SAFE: compares the address of a map with NULL; the kernel knows it is not and skips the branch, which reads
// the packet unchecked.
#include "common.h"
SEC("xdp")
int map_ptr_null_check(struct xdp_md *ctx)
{
    void *m = &values;
    asm volatile("" : "+r"(m));
    if (!m) {
        volatile int *p = (volatile int *)(long)ctx->data;
        asm volatile("" : "+r"(p));
        return *p;
    }
    return XDP_DROP;
}
