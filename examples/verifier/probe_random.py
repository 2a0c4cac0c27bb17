#!/usr/bin/env python3
# Generates random small XDP programs (biased towards what the verifier judges: packet bounds checks,
# packet, stack and context accesses, pointer arithmetic, branches, loops, helper calls), asks the
# running Linux kernel (as root) to load each with bpf(BPF_PROG_LOAD), and writes one line per program:
# "pass|fail HEX" (the program's bytes). Output: ebpf/src/test/resources/verifier/linux_random_programs.txt
# Usage: sudo ./probe_random.py COUNT SEED OUTPUT
import random, struct, sys

from bpf_syscall import insn, prog_load

def load(code):
    return prog_load(6, code, b'rand')[0]  # BPF_PROG_TYPE_XDP

SIZES = [0x00, 0x08, 0x10, 0x18]
ALU = [0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x90, 0xa0, 0xb0, 0xc0]
JMP = [0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0xa0, 0xb0, 0xc0, 0xd0]

def program(r):
    out = [insn(0x61, 2, 1, 0), insn(0x61, 3, 1, 4), insn(0xb7, 0, 0, 0, 0), insn(0xbf, 4, 2),
           insn(0xb7, 5, 0, 0, r.randrange(16))]
    to_end = []
    num = lambda: r.choice([0, 5, 0, 5, r.randrange(6)])
    base = lambda: r.choice([2, 10, 10, 4, r.randrange(6)])
    offset = lambda: -8 * (1 + r.randrange(64)) if r.randrange(4) == 0 else r.randrange(40) - 4
    for _ in range(3 + r.randrange(12)):
        here = len(out)
        k = r.randrange(12)
        if k < 2:
            cls = 0x07 if r.randrange(4) else 0x04
            if r.randrange(2):
                out.append(insn(cls | r.choice(ALU), num(), 0, 0, r.randrange(20) - 4))
            else:
                out.append(insn(cls | 0x08 | r.choice(ALU), num(), num()))
        elif k == 2:
            out.append(insn(0x07, r.choice([2, 4]), 0, 0, r.randrange(20)) if r.randrange(2) else insn(0x0f, r.choice([2, 4]), num()))
        elif k == 3:
            out.append(insn(0xbf, 4, r.choice([2, 10])))
        elif k == 4:
            out.append(insn(0x61 | r.choice(SIZES), num(), base(), offset()))
        elif k == 5:
            if r.randrange(2):
                out.append(insn(0x62 | r.choice(SIZES), base(), 0, offset(), r.randrange(100)))
            else:
                out.append(insn(0x63 | r.choice(SIZES), base(), r.randrange(6), offset()))
        elif k in (6, 7):
            out.append(insn(0xbf, 4, 2))
            out.append(insn(0x07, 4, 0, 0, r.randrange(16)))
            to_end.append(len(out))
            out.append(insn(r.choice([0x2d, 0x3d]), 4, 3, 0))
            out.append(insn(0x61 | r.choice(SIZES), num(), 2, r.randrange(16) - 1))
        elif k == 8:
            cls = 0x05 if r.randrange(3) else 0x06
            off = -1 - r.randrange(here - 2) if r.randrange(4) == 0 else r.randrange(3)
            if r.randrange(2):
                out.append(insn(cls | r.choice(JMP), num(), 0, off, r.randrange(40)))
            else:
                out.append(insn(cls | 0x08 | r.choice(JMP), num(), num(), off))
        elif k == 9:
            out.append(insn(0x85, 0, 0, 0, r.choice([5, 7, 8])))
        elif k == 10:
            out.append(insn(0x61, num(), 1, r.choice([0, 4, 8, 12, 16, 20, 24, 2, 13])))
        else:
            out.append(insn(0x57, num(), 0, 0, r.randrange(64)))
    end = len(out)
    for at in to_end:
        op, regs, _, imm = struct.unpack('<BBhi', out[at])
        out[at] = struct.pack('<BBhi', op, regs, end - at - 1, imm)
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
