#include "common.h"

SEC("tc") __attribute__((naked)) int p(void){ asm volatile(
"r6 = r1;"
"r1 = 0;"
"*(u32 *)(r10 - 4) = r1;"
"r2 = r10;"
"r2 += -4;"
"r1 = %[arr] ll;"
"call 1;"
"if r0 == 0 goto l_out%=;"
"r7 = r0;"
"call 7;"
"r1 = r0;"
"r1 &= 7;"

"*(u64 *)(r10 - 16) = r1;"
"r2 = *(u32 *)(r10 - 12);"

"r7 += r2;"
"r0 = *(u8 *)(r7 + 8);"
"exit;"
"l_out%=:"
"r0 = 0;"
"exit;"
:: [arr]"i"(&arr) : "memory"); }
