// minimal: r2 = skb->sk (sock_common_or_null); r2 += 8 -> kernel: pointer arithmetic prohibited
#include "common.h"
SEC("cgroup_skb/ingress") __attribute__((naked)) int prog(void)
{
	asm volatile(
	"r2 = *(u64*)(r1 + 168);"
	"r2 += 8;"
	"r0 = 1;"
	"exit;"
	::: "memory");
}
LICENSE
