/* Two programs in one section, a .text subprogram called from both, and a bounded loop. */
#include "bpf_defs.h"

__attribute__((noinline))
static int checksum(const unsigned char *data, int len)
{
    int sum = 0;
    for (int i = 0; i < len && i < 64; i++)
        sum += data[i] * (i + 1);
    return sum;
}

__attribute__((noinline))
int triple(int x)
{
    return x * 3;
}

SEC("xdp")
int first_program(void *ctx)
{
    unsigned char buf[16] = { 1, 2, 3, 4 };
    return checksum(buf, 16) & 3;
}

SEC("xdp")
int second_program(void *ctx)
{
    int total = 0;
    #pragma clang loop unroll(disable)
    for (int i = 0; i < 10; i++)
        total += bpf_ktime_get_ns() & 1;
    return triple(total) + checksum((const unsigned char *) &total, 4);
}

char _license[] SEC("license") = "GPL";
