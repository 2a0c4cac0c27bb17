// UNSAFE: reading the high 4 bytes of a spilled 8-byte constant (4 << 32) learns nothing on Linux (only a
// fill from the slot's first byte keeps the value), so the index into the map value is unbounded.
#include "common.h"

SEC("xdp")
__attribute__((naked)) int stack_spill_high_half(void)
{
    asm volatile(
        "r1 = 0;"
        "*(u32 *)(r10 - 16) = r1;"
        "r2 = r10;"
        "r2 += -16;"
        "r1 = values ll;"
        "call 1;"
        "if r0 == 0 goto 1f;"
        "r1 = 0x400000000 ll;"
        "*(u64 *)(r10 - 8) = r1;"
        "r2 = *(u32 *)(r10 - 4);"
        "r0 += r2;"
        "r0 = *(u32 *)(r0 + 0);"
        "1: r0 = 2;"
        "exit;"
        ::: "memory");
}
