/* Atomic read-modify-write operations (need -mcpu=v3 for the fetch forms, xchg and cmpxchg). */
typedef unsigned int u32;
typedef unsigned long long u64;

struct counters { u64 hits; u64 bytes; u32 small; u32 flags; u64 owner; u32 owner32; };

__attribute__((section("tp/atomics"), used))
int atomics(struct counters *c)
{
    __sync_fetch_and_add(&c->hits, 1);
    __sync_fetch_and_add(&c->small, 3);
    u64 old = __sync_fetch_and_add(&c->bytes, 100);
    u32 old32 = __sync_fetch_and_add(&c->small, 5);
    old += __sync_fetch_and_or(&c->flags, 4);
    old += __sync_fetch_and_or(&c->owner, 0x10);
    old += __sync_fetch_and_and(&c->flags, 0xff);
    old += __sync_fetch_and_and(&c->owner, 0xf0);
    old += __sync_fetch_and_xor(&c->flags, 1);
    old += __sync_fetch_and_xor(&c->owner, 2);
    __sync_fetch_and_or(&c->hits, 8);
    __sync_fetch_and_and(&c->hits, 9);
    __sync_fetch_and_xor(&c->hits, 10);
    __sync_fetch_and_or(&c->small, 8);
    __sync_fetch_and_and(&c->small, 9);
    __sync_fetch_and_xor(&c->small, 10);
    old += __sync_lock_test_and_set(&c->owner, 42);
    old += __sync_lock_test_and_set(&c->owner32, 43);
    old += __sync_val_compare_and_swap(&c->owner, 42, 7);
    old += __sync_val_compare_and_swap(&c->owner32, 43, 8);
    return (int)(old + old32);
}

char LICENSE[] __attribute__((section("license"), used)) = "GPL";
