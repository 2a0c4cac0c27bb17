/* Conditional jumps of every comparison, signed and unsigned, against registers and immediates. */
typedef unsigned int u32;
typedef unsigned long long u64;
typedef int s32;
typedef long long s64;

struct ctx { u64 a; u64 b; s64 c; s64 d; u32 e; u32 f; s32 g; s32 h; };

__attribute__((section("tp/br64"), used))
int br64(struct ctx *x)
{
    int r = 0;
    if (x->a == x->b) r += 1;
    if (x->a != 7) r += 2;
    if (x->a > x->b) r += 3;
    if (x->a >= 100) r += 4;
    if (x->a < x->b) r += 5;
    if (x->b <= 1000) r += 6;
    if (x->c > x->d) r += 7;
    if (x->c >= -5) r += 8;
    if (x->c < x->d) r += 9;
    if (x->d <= -100) r += 10;
    if (x->a & 0x40) r += 11;
    if (x->c < 0) r += 12;
    if (x->b > 5) r ^= 13;
    if (x->d > 17) r |= 14;
    return r;
}

__attribute__((section("tp/br32"), used))
int br32(struct ctx *x)
{
    int r = 0;
    if (x->e == x->f) r += 1;
    if (x->e != 7) r += 2;
    if (x->e > x->f) r += 3;
    if (x->e >= 100) r += 4;
    if (x->e < x->f) r += 5;
    if (x->f <= 1000) r += 6;
    if (x->g > x->h) r += 7;
    if (x->g >= -5) r += 8;
    if (x->g < x->h) r += 9;
    if (x->h <= -100) r += 10;
    if (x->e & 0x40) r += 11;
    if (x->g < 0) r += 12;
    return r;
}

__attribute__((section("tp/loops"), used))
int loops(struct ctx *x)
{
    u64 s = 0;
    for (u32 i = 0; i < x->e && i < 64; i++) {
        s += (u64)i * x->a;
        if (s > x->b)
            break;
    }
    s32 j = x->g;
    while (j > -40) {
        s ^= (u64)j;
        j -= 3;
    }
    return (int)s;
}

char LICENSE[] __attribute__((section("license"), used)) = "GPL";
