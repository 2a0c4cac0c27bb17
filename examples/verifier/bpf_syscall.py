# The bpf(2) calls the probe scripts share: encode instructions and ask the running kernel (as root)
# to load a program, as BPF_PROG_LOAD does for bpftool, optionally with the verifier's log.
import ctypes, os, struct

_libc = ctypes.CDLL(None, use_errno=True)
_SYS_BPF = 321       # x86-64
_BPF_PROG_LOAD = 5

def insn(op, dst=0, src=0, off=0, imm=0):
    """One 8-byte instruction: opcode, dst/src registers, 16-bit offset, 32-bit immediate."""
    return struct.pack('<BBhi', op, (src << 4) | dst, off, imm)

def prog_load(prog_type, code, name=b'probe', attach=0, log_size=0):
    """Loads the program; returns (accepted, verifier log). The program is closed again at once."""
    buf = ctypes.create_string_buffer(code)
    lic = ctypes.create_string_buffer(b'GPL')
    log = ctypes.create_string_buffer(max(log_size, 1))
    attr = struct.pack('<IIQQIIQII16sII', prog_type, len(code) // 8, ctypes.addressof(buf), ctypes.addressof(lic),
                       1 if log_size else 0, log_size, ctypes.addressof(log) if log_size else 0, 0, 0,
                       name[:15], 0, attach)
    attr += b'\0' * (144 - len(attr))
    a = ctypes.create_string_buffer(attr)
    fd = _libc.syscall(_SYS_BPF, _BPF_PROG_LOAD, a, len(attr))
    if fd >= 0:
        os.close(fd)
    return fd >= 0, log.value.decode(errors='replace')
