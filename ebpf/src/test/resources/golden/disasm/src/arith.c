/* Arithmetic, constants, shifts, byte swaps and memory of every width. No system headers. */
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed char s8;
typedef short s16;
typedef int s32;
typedef long long s64;

static long (*bpf_trace_printk)(const char *fmt, unsigned int size, ...) = (void *) 6;
static u64 (*bpf_ktime_get_ns)(void) = (void *) 5;
static u32 (*bpf_get_prandom_u32)(void) = (void *) 7;

struct ctx { u64 a; u32 b; u16 c; u8 d; s8 e; s16 f; s32 g; s64 h; };

__attribute__((section("tp/arith64"), used))
int arith64(struct ctx *c)
{
    u64 x = c->a, y = c->h;
    u64 r = x + y;
    r -= c->b;
    r *= 7;
    r /= (y | 1);
    r %= (x | 3);
    r |= 0x100;
    r &= 0xfffff;
    r ^= y;
    r <<= 3;
    r >>= (x & 31);
    s64 s = (s64)r >> 5;
    s = s >> (y & 7);
    s = -s;
    s += 1234567890123LL;
    s ^= 0x7fffffffffffffffLL;
    s += -1;
    s *= -3;
    return (int)(s + (s64)(r / 10) + (s64)(r % 7));
}

__attribute__((section("tp/arith32"), used))
int arith32(struct ctx *c)
{
    u32 x = c->b, y = (u32)c->g;
    u32 r = x + y;
    r -= 17;
    r *= y;
    r /= (x | 1);
    r %= (y | 5);
    r |= 3;
    r &= 0xff00ff;
    r ^= x;
    r <<= (y & 15);
    r >>= 2;
    s32 s = (s32)r >> (x & 7);
    s = s >> 1;
    s = -s;
    s = s * 13 - (s32)(r / 3);
    return s + (s32)(r % 11);
}

__attribute__((section("tp/widths"), used))
int widths(struct ctx *c)
{
    u64 buf[4];
    volatile u8 b8 = c->d;
    volatile u16 b16 = c->c;
    volatile u32 b32 = c->b;
    volatile u64 b64 = c->a;
    volatile s8 sb = c->e;
    volatile s16 sh = c->f;
    buf[0] = b8 + b16;
    buf[1] = b32 + b64;
    buf[2] = (s64)sb + (s64)sh;
    buf[3] = 0;
    c->d = 1;
    c->c = 2;
    c->b = 3;
    c->a = 4;
    c->h = -5;
    c->g = -7;
    c->e = -1;
    c->f = -300;
    return (int)(buf[0] ^ buf[1] ^ buf[2] ^ buf[3]);
}

__attribute__((section("tp/swaps"), used))
int swaps(struct ctx *c)
{
    u16 a = __builtin_bswap16(c->c);
    u32 b = __builtin_bswap32(c->b);
    u64 d = __builtin_bswap64(c->a);
    c->c = a;
    c->b = b;
    c->a = d;
    return 0;
}

__attribute__((section("tp/constants"), used))
int constants(struct ctx *c)
{
    c->a = 0;
    c->h = 1234567890123LL;
    c->a += 0xffffffffffffffffULL;
    c->h ^= 0x8000000000000000LL;
    c->a |= 0x100000000ULL;
    c->h = -2147483648LL;
    c->g = 2147483647;
    return -1;
}

static __attribute__((noinline)) int helper_sum(int a, int b)
{
    return a * 3 + b;
}

__attribute__((section("tp/calls"), used))
int calls(struct ctx *c)
{
    static const char fmt[] = "v=%d\n";
    u64 t = bpf_ktime_get_ns();
    u32 r = bpf_get_prandom_u32();
    bpf_trace_printk(fmt, sizeof(fmt), (int)t);
    return helper_sum((int)t, (int)r) + helper_sum(c->g, 2);
}

char LICENSE[] __attribute__((section("license"), used)) = "GPL";
