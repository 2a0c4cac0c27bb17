/* Legacy socket-filter packet loads through the llvm.bpf.load.* intrinsics. */
typedef unsigned long long u64;

unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");
unsigned long long load_half(void *skb, unsigned long long off) asm("llvm.bpf.load.half");
unsigned long long load_word(void *skb, unsigned long long off) asm("llvm.bpf.load.word");

__attribute__((section("socket"), used))
int packet(void *skb)
{
    u64 proto = load_half(skb, 12);
    u64 ihl = load_byte(skb, 14) & 0xf;
    u64 dst = load_word(skb, 30);
    u64 port = load_half(skb, 14 + ihl * 4 + 2);
    u64 flags = load_byte(skb, 14 + ihl * 4 + 13);
    u64 seq = load_word(skb, ihl * 4 + 18);
    return (int)(proto + dst + port + flags + seq);
}

char LICENSE[] __attribute__((section("license"), used)) = "GPL";
