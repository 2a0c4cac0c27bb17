#!/usr/bin/env python3
# Asks the running Linux kernel (as root) which helpers each program type ringzero models may call:
# for every type and every helper id 1..MAX it loads "r1..r5 = 0; call ID; r0 = 0; exit" with
# bpf(BPF_PROG_LOAD) and reads the verifier log. "unknown func", "cannot use helper" and "might sleep"
# (every modelled type is non-sleepable) mean the helper is not available; anything else (success, or a
# complaint about the zero arguments) means it is. Writes one line per helper id:
#   ID NAME TYPE,TYPE,...      (the types that may call it; "-" when none)
# Names come from libbpf's bpf_helper_defs.h. LinuxProgramTypes reads the committed output:
#   ebpf/src/main/resources/dev/ringzero/ebpf/platform/linux_helper_availability.txt
# Usage: sudo ./probe_helpers.py [OUTPUT] [MAX_ID]
import ctypes, os, re, struct, sys

libc = ctypes.CDLL(None, use_errno=True)
BPF_PROG_LOAD = 5
SYS_BPF = 321

# (name as ringzero calls it, BPF_PROG_TYPE_*, expected_attach_type)
TYPES = [("socket_filter", 1, 0), ("kprobe", 2, 0), ("sched_cls", 3, 0), ("sched_act", 4, 0),
         ("tracepoint", 5, 0), ("xdp", 6, 37), ("perf_event", 7, 0), ("cgroup_skb", 8, 0),
         ("raw_tracepoint", 17, 0)]  # 37 BPF_XDP, 0 BPF_CGROUP_INET_INGRESS

def insn(op, dst=0, src=0, off=0, imm=0):
    return struct.pack('<BBhi', op, (src << 4) | dst, off, imm)

def load(prog_type, attach, code):
    buf = ctypes.create_string_buffer(code)
    lic = ctypes.create_string_buffer(b'GPL')
    log = ctypes.create_string_buffer(1 << 16)
    attr = struct.pack('<IIQQIIQII16sII', prog_type, len(code) // 8, ctypes.addressof(buf), ctypes.addressof(lic),
                       1, len(log), ctypes.addressof(log), 0, 0, b'probe', 0, attach)
    attr += b'\0' * (144 - len(attr))
    a = ctypes.create_string_buffer(attr)
    fd = libc.syscall(SYS_BPF, BPF_PROG_LOAD, a, len(attr))
    if fd >= 0:
        os.close(fd)
        return True, ""
    return False, log.value.decode(errors='replace')

def available(prog_type, attach, helper):
    code = b''.join(insn(0xb7, r) for r in range(1, 6)) + insn(0x85, imm=helper) + insn(0xb7, 0) + insn(0x95)
    ok, log = load(prog_type, attach, code)
    if ok:
        return True
    return not re.search(r'unknown func|cannot use helper|might sleep', log)

def names():
    out = {}
    try:
        text = open('/usr/include/bpf/bpf_helper_defs.h').read()
    except OSError:
        return out
    for m in re.finditer(r'\(\*(bpf_\w+)\)\([^;]*?\) = \(void \*\) (\d+);', text, re.S):
        out[int(m.group(2))] = m.group(1)
    return out

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        here, '../../ebpf/src/main/resources/dev/ringzero/ebpf/platform/linux_helper_availability.txt')
    last = int(sys.argv[2]) if len(sys.argv) > 2 else 211
    known = names()
    lines = ['# Helpers each Linux program type may call, measured on %s by examples/verifier/probe_helpers.py'
             % os.uname().release,
             '# ID NAME TYPES (comma-separated; - when none)']
    for helper in range(1, last + 1):
        types = [name for name, t, attach in TYPES if available(t, attach, helper)]
        lines.append('%d %s %s' % (helper, known.get(helper, 'unknown_%d' % helper), ','.join(types) or '-'))
    with open(output, 'w') as f:
        f.write('\n'.join(lines) + '\n')

if __name__ == '__main__':
    main()
