#!/usr/bin/env python3
# Asks the running Linux kernel (as root) to load one-instruction context reads and writes of 1, 2, 4 and 8
# bytes at every offset, for each program type ringzero models, through the bpf(BPF_PROG_LOAD) system call,
# and writes "type read|write offset size pass|fail" lines: ebpf/src/test/resources/verifier/linux_context_access.txt
# Usage: sudo ./probe_context.py OUTPUT
import ctypes, struct, sys, os
libc = ctypes.CDLL(None, use_errno=True)
SYS_BPF = 321
def insn(op, dst=0, src=0, off=0, imm=0):
    return struct.pack('<BBhi', op, (src << 4) | dst, off, imm)
def load(prog_type, insns, attach=0):
    code = b''.join(insns)
    buf = ctypes.create_string_buffer(code)
    lic = ctypes.create_string_buffer(b'GPL')
    log = ctypes.create_string_buffer(65536)
    attr = struct.pack('<IIQQIIQII16sII', prog_type, len(insns), ctypes.addressof(buf), ctypes.addressof(lic),
                       1, len(log), ctypes.addressof(log), 0, 0, b'probe', 0, attach)
    attr = attr + b'\0' * (144 - len(attr))
    a = ctypes.create_string_buffer(attr)
    fd = libc.syscall(SYS_BPF, 5, a, len(attr))
    if fd >= 0:
        os.close(fd)
        return True, ''
    lines = [l for l in log.value.decode(errors='replace').split('\n') if l and not l.startswith('processed')]
    return False, lines[-1] if lines else 'errno %d' % ctypes.get_errno()
SIZES = {1: 0x10, 2: 0x08, 4: 0x00, 8: 0x18}
types = [('socket_filter', 1, 192, 0), ('sched_cls', 3, 192, 0), ('cgroup_skb', 8, 192, 0), ('xdp', 6, 24, 37),
         ('kprobe', 2, 176, 0), ('tracepoint', 5, 64, 0)]
out = []
for name, num, size, attach in types:
    for width, enc in SIZES.items():
        for off in range(0, size, 1):
            if off % width and off % 2:  # keep some misaligned probes, not all
                continue
            # read: r0 = *(size *)(r1 + off); r0 = 0; exit
            ok, msg = load(num, [insn(0x61 | enc, 0, 1, off), insn(0xb7, 0, 0, 0, 0), insn(0x95)], attach)
            out.append(f"{name} read {off} {width} {'pass' if ok else 'fail'}")
            # write: r2 = 0; *(size *)(r1 + off) = r2; r0 = 0; exit
            ok, msg = load(num, [insn(0xb7, 2, 0, 0, 0), insn(0x63 | enc, 1, 2, off), insn(0xb7, 0, 0, 0, 0), insn(0x95)], attach)
            out.append(f"{name} write {off} {width} {'pass' if ok else 'fail'}")
open(sys.argv[1], 'w').write('\n'.join(out) + '\n')
print(len(out), sum(1 for l in out if l.endswith('pass')))
