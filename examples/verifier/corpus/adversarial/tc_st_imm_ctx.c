// BPF_ST (store immediate) into the context: the kernel only allows register stores (BPF_STX) into ctx.
#include "common.h"
SEC("tc") __attribute__((naked)) int prog(void)
{
	asm volatile(".byte 0x62, 0x01, 0x08, 0x00, 0x05, 0, 0, 0; r0 = 0; exit;" ::: "memory"); /* *(u32 *)(r1 + 8) = 5 */
}
LICENSE
