// SAFE: a bounded number stored to the stack with a 4-byte store and loaded back keeps its bounds
// (Linux remembers narrow spills of numbers at a slot's start), so it may index a map value.
#include "common.h"

SEC("xdp")
__attribute__((naked)) int stack_narrow_spill(void)
{
    asm volatile(
        "r6 = *(u32 *)(r1 + 16);"
        "r6 &= 7;"
        "*(u32 *)(r10 - 16) = r6;"
        "r1 = 0;"
        "*(u32 *)(r10 - 8) = r1;"
        "r2 = r10;"
        "r2 += -8;"
        "r1 = values ll;"
        "call 1;"
        "if r0 == 0 goto 1f;"
        "r2 = *(u32 *)(r10 - 16);"
        "r0 += r2;"
        "r0 = *(u8 *)(r0 + 0);"
        "1: r0 = 2;"
        "exit;"
        ::: "memory");
}
