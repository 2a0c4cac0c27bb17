# A small program in LLVM's BPF assembly syntax, for the assembler's test: llvm-mc's bytes for it are
# the expected output of LlvmAssembler.assemble on this same text.
	.text
	.globl	count_bytes
count_bytes:
	r6 = r1
	r1 = *(u32 *)(r6 + 0)
	r2 = *(u32 *)(r6 + 4)
	if r2 <= r1 goto out
	r7 = 0
	r3 = 0 ll
	r8 = 1234567890123 ll
loop:	r4 = *(u8 *)(r1 + 0)
	w4 &= 15
	if w4 s> 9 goto skip
	r7 += r4
	lock *(u64 *)(r10 - 8) += r7
skip:
	r1 += 1
	if r1 < r2 goto loop
	*(u64 *)(r10 - 16) = r7
	r1 = r10
	r1 += -16   // the key
	call 1
	if r0 == 0 goto out
out:
	r0 = be16 r0
	w0 = -w0
	exit
