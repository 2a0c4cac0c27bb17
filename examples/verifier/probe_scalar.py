#!/usr/bin/env python3
# Probes how precisely the Linux verifier tracks numbers: random XDP programs load numbers from the
# packet, transform them with random 64- and 32-bit ALU operations (all of them: +, -, *, /, %, |, &, ^,
# shifts, neg, byte swaps, sign-extending moves) and random conditional jumps (JMP and JMP32, against
# constants and registers), then index the stack with one of them: the kernel accepts exactly when it
# proved the index within [0, 64). ringzero's verifier must never be more confident than the kernel
# (a false accept) and should not be less (a false reject).
# Writes one line per program, "pass|fail HEX", as probe_random.py does.
# Usage: sudo ./probe_scalar.py COUNT SEED OUTPUT
import random, struct, sys

from bpf_syscall import insn, prog_load

def load(code):
    return prog_load(6, code, b'scalar')[0]  # BPF_PROG_TYPE_XDP

ALU = [0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x90, 0xa0, 0xc0]
JMP = [0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0xa0, 0xb0, 0xc0, 0xd0]
NUMS = [5, 6, 7, 8, 9]

def imm(r):
    return r.choice([r.randrange(8), r.randrange(64), r.randrange(256), r.randrange(70000), (1 << r.randrange(32)) - 1,
                     -r.randrange(1, 64), 0xff, 0xffff, 0x7fffffff, -1, 1 << r.randrange(31)])

def program(r):
    # r2 = data, r3 = data_end; 16 packet bytes are readable; r6..r9 (and r5) hold numbers
    out = [insn(0x61, 2, 1, 0), insn(0x61, 3, 1, 4), insn(0xbf, 4, 2), insn(0x07, 4, 0, 0, 16),
           insn(0x2d, 4, 3, 0)]  # patched to jump to the exit
    exits = [len(out) - 1]
    for reg in NUMS:
        if r.randrange(4):
            out.append(insn(0x61 | r.choice([0x00, 0x08, 0x10, 0x18]), reg, 2, r.randrange(9)))
        else:
            out.append(insn(0xb7, reg, 0, 0, imm(r)))
    for _ in range(2 + r.randrange(10)):
        k = r.randrange(10)
        d = r.choice(NUMS)
        if k < 5:
            wide = r.randrange(3) != 0
            cls = 0x07 if wide else 0x04
            op = r.choice(ALU)
            if r.randrange(2):
                v = imm(r)
                if op in (0x60, 0x70, 0xc0):
                    v = r.randrange(64 if wide else 32)
                if op in (0x30, 0x90) and v == 0:
                    v = 3
                out.append(insn(cls | op, d, 0, 0, v))
            else:
                out.append(insn(cls | 0x08 | op, d, r.choice(NUMS)))
        elif k == 5:
            out.append(insn(r.choice([0x87, 0x84]), d))                                   # neg
        elif k == 6:
            out.append(insn(r.choice([0xd4, 0xdc, 0xd7]), d, 0, 0, r.choice([16, 32, 64])))  # le, be, bswap
        elif k == 7:
            wide = r.randrange(2)
            out.append(insn(0xbf if wide else 0xbc, d, r.choice(NUMS),
                            r.choice([8, 16, 32] if wide else [8, 16]) if r.randrange(2) else 0))
        else:
            cls = 0x05 if r.randrange(2) else 0x06
            exits.append(len(out))
            if r.randrange(3):
                out.append(insn(cls | r.choice(JMP), d, 0, 0, imm(r)))
            else:
                out.append(insn(cls | 0x08 | r.choice(JMP), d, r.choice(NUMS), 0))
    idx = r.choice(NUMS)
    out.append(insn(0xbf, 1, 10))
    out.append(insn(0x07, 1, 0, 0, -64))
    out.append(insn(0x0f, 1, idx))
    out.append(insn(0x71, 0, 1, 0))
    end = len(out)
    for at in exits:
        op, regs, _, im = struct.unpack('<BBhi', out[at])
        out[at] = struct.pack('<BBhi', op, regs, end - at - 1, im)
    out.append(insn(0xb7, 0, 0, 0, 2))
    out.append(insn(0x95))
    return b''.join(out)

count, seed, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
r = random.Random(seed)
lines = []
for _ in range(count):
    code = program(r)
    lines.append(('pass' if load(code) else 'fail') + ' ' + code.hex())
open(path, 'w').write('\n'.join(lines) + '\n')
print(len(lines), sum(1 for l in lines if l.startswith('pass')))
