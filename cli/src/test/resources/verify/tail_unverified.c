#define SEC(n) __attribute__((section(n), used))
static long (*tail_call)(void *ctx, void *map, unsigned int idx) = (void *)12;
SEC("socket") int bad(void *skb) { volatile int x = 0; while (1) { x++; } return 0; }
struct { int (*type)[3]; int (*key_size)[4]; int (*value_size)[4]; int (*max_entries)[1]; int (*values[])(void *); } progs SEC(".maps") = { .values = { [0] = (void *)&bad } };
SEC("socket") int good(void *skb) { tail_call(skb, &progs, 0); return 0; }
