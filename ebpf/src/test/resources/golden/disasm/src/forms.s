# Instruction forms clang does not emit from C: every jump condition in both classes (register and
# immediate), every ALU operation in both widths, every atomic, the legacy packet loads, lddw forms.
	.text
	.globl	jumps64
jumps64:
J64top:
	if r1 == r2 goto L64
	if r1 != r2 goto L64
	if r1 > r2 goto L64
	if r1 >= r2 goto L64
	if r1 < r2 goto L64
	if r1 <= r2 goto L64
	if r1 s> r2 goto L64
	if r1 s>= r2 goto L64
	if r1 s< r2 goto L64
	if r1 s<= r2 goto L64
	.quad 0x000000000001214d   # if r1 & r2 goto +1 (llvm-mc 14 cannot assemble jset)
	if r3 == 0 goto L64
	if r3 != -1 goto L64
	if r3 > 2147483647 goto L64
	if r3 >= -2147483648 goto L64
	if r3 < 5 goto L64
	if r3 <= 6 goto L64
	if r3 s> -7 goto L64
	if r3 s>= 8 goto L64
	if r3 s< -9 goto L64
	if r3 s<= 10 goto L64
	.quad 0x0000fffffffe0345   # if r3 & 65535 goto -2
	goto L64
L64:
	if r10 == r9 goto J64top
	goto J64top
	exit

	.globl	jumps32
jumps32:
J32top:
	if w1 == w2 goto L32
	if w1 != w2 goto L32
	if w1 > w2 goto L32
	if w1 >= w2 goto L32
	if w1 < w2 goto L32
	if w1 <= w2 goto L32
	if w1 s> w2 goto L32
	if w1 s>= w2 goto L32
	if w1 s< w2 goto L32
	if w1 s<= w2 goto L32
	.quad 0x000000000001214e   # if w1 & w2 goto +1
	if w3 == 0 goto L32
	if w3 != -1 goto L32
	if w3 > 2147483647 goto L32
	if w3 >= -2147483648 goto L32
	if w3 < 5 goto L32
	if w3 <= 6 goto L32
	if w3 s> -7 goto L32
	if w3 s>= 8 goto L32
	if w3 s< -9 goto L32
	if w3 s<= 10 goto L32
	.quad 0x0000fffffffe0346   # if w3 & 65535 goto -2
L32:
	if w9 s< w0 goto J32top
	exit

	.globl	alu
alu:
	r0 += r1
	r0 -= r2
	r0 *= r3
	r0 /= r4
	r0 |= r5
	r0 &= r6
	r0 <<= r7
	r0 >>= r8
	.quad 0x000000000000909f   # r0 %= r9 (llvm-mc 14 cannot parse %=)
	r0 ^= r10
	r0 = r1
	r0 s>>= r2
	r1 += -1
	r1 -= 2147483647
	r1 *= -2147483648
	r1 /= 3
	r1 |= 4
	r1 &= 5
	r1 <<= 63
	r1 >>= 6
	.quad 0x0000000700000197   # r1 %= 7
	r1 ^= 8
	r1 = -9
	r1 s>>= 10
	r2 = -r2
	w0 += w1
	w0 -= w2
	w0 *= w3
	w0 /= w4
	w0 |= w5
	w0 &= w6
	w0 <<= w7
	w0 >>= w8
	.quad 0x000000000000909c   # w0 %= w9
	w0 ^= w10
	w0 = w1
	w0 s>>= w2
	w1 += -1
	w1 -= 2147483647
	w1 *= -2147483648
	w1 /= 3
	w1 |= 4
	w1 &= 5
	w1 <<= 31
	w1 >>= 6
	.quad 0x0000000700000194   # w1 %= 7
	w1 ^= 8
	w1 = -9
	w1 s>>= 10
	w2 = -w2
	r3 = be16 r3
	r3 = be32 r3
	r3 = be64 r3
	r4 = le16 r4
	r4 = le32 r4
	r4 = le64 r4
	exit

	.globl	memory
memory:
	r0 = *(u8 *)(r1 + 0)
	r0 = *(u16 *)(r1 + 2)
	r0 = *(u32 *)(r1 - 4)
	r0 = *(u64 *)(r10 - 32768)
	*(u8 *)(r10 - 1) = r2
	*(u16 *)(r10 - 2) = r3
	*(u32 *)(r10 - 4) = r4
	*(u64 *)(r1 + 32767) = r5
	r1 = 0 ll
	r2 = -1 ll
	r3 = 4294967296 ll
	r4 = -9223372036854775808 ll
	r5 = 9223372036854775807 ll
	r0 = *(u8 *)skb[0]
	r0 = *(u16 *)skb[12]
	r0 = *(u32 *)skb[-1]
	r0 = *(u8 *)skb[r1]
	r0 = *(u16 *)skb[r7]
	r0 = *(u32 *)skb[r9]
	call 1
	call 2147483647
	.quad 0x0000000300001118   # r1 = map_by_fd(3): lddw with src 1 (llvm-mc 14 has no syntax for it)
	.quad 0x0000000000000000   # 
	.quad 0xffffffff00002218   # r2 = map_value(fd 4294967295) + 16: lddw with src 2
	.quad 0x0000001000000000   # 
	.quad 0x0000004d00003318   # lddw with src 3 (BTF id)
	.quad 0x0000000000000000   # 
	.quad 0xfffffffe00004418   # lddw with src 4 (function)
	.quad 0x0000000000000000   # 
	.quad 0x0000000100005518   # lddw with src 5 (map index)
	.quad 0x0000000000000000   # 
	.quad 0x0000000200006618   # lddw with src 6 (map index value)
	.quad 0x0000000800000000   # 
	.quad 0x0000000200001085   # call of a local function 2 slots ahead
	.quad 0x000004d200002085   # call of kfunc BTF id 1234
	exit

	.globl	atomics
atomics:
	lock *(u64 *)(r1 + 0) += r2
	lock *(u64 *)(r1 + 8) |= r2
	lock *(u64 *)(r1 - 8) &= r2
	lock *(u64 *)(r10 - 16) ^= r3
	.quad 0x00000001000021db   # r2 = atomic_fetch_add((u64 *)(r1 + 0), r2) (llvm-mc 14 cannot parse it)
	.quad 0x00000041000021db   # r2 = atomic_fetch_or((u64 *)(r1 + 0), r2)
	.quad 0x00000051000021db   # r2 = atomic_fetch_and((u64 *)(r1 + 0), r2)
	.quad 0x000000a1000021db   # r2 = atomic_fetch_xor((u64 *)(r1 + 0), r2)
	.quad 0x000000e1000841db   # r4 = xchg_64(r1 + 8, r4)
	.quad 0x000000f1fff851db   # r0 = cmpxchg_64(r1 - 8, r0, r5)
	lock *(u32 *)(r1 + 0) += w2
	lock *(u32 *)(r1 + 4) |= w2
	lock *(u32 *)(r1 - 4) &= w2
	lock *(u32 *)(r10 - 16) ^= w3
	.quad 0x00000001000021c3   # w2 = atomic_fetch_add((u32 *)(r1 + 0), w2)
	.quad 0x00000041000021c3   # w2 = atomic_fetch_or((u32 *)(r1 + 0), w2)
	.quad 0x00000051000021c3   # w2 = atomic_fetch_and((u32 *)(r1 + 0), w2)
	.quad 0x000000a1000021c3   # w2 = atomic_fetch_xor((u32 *)(r1 + 0), w2)
	.quad 0x000000e1000841c3   # w4 = xchg32_32(r1 + 8, w4)
	.quad 0x000000f1fff851c3   # w0 = cmpxchg32_32(r1 - 8, w0, w5)
	w1 = *(u8 *)(r2 + 1)
	w1 = *(u16 *)(r2 + 2)
	w1 = *(u32 *)(r2 + 4)
	*(u8 *)(r2 + 1) = w3
	*(u16 *)(r2 + 2) = w3
	*(u32 *)(r2 + 4) = w3
	exit
