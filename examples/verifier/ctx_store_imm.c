// Stores the constant 1 into skb->mark: clang emits a store of an immediate (BPF_ST), which Linux
// rejects for the context even though mark is writable (see the kernel's verdict in inventory.json).
#include "common.h"

SEC("tc")
int ctx_store_imm(struct __sk_buff *skb)
{
    skb->mark = 1;
    return 0;
}
