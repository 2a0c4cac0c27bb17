package dev.ringzero.ebpf.verifier.internal;

import dev.ringzero.ebpf.isa.CallKind;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.Operand;
import dev.ringzero.ebpf.platform.HelperPrototype;
import dev.ringzero.ebpf.platform.Platform;

/**
 * Which registers may still be read before being written, per instruction (a backward data-flow
 * over each function). Where paths meet, dead registers are forgotten (made uninit) — no path can
 * read them — so states that differ only in dead values are recognised as the same.
 */
final class Liveness {
    private final int[] liveIn;

    private Liveness(int[] liveIn) {
        this.liveIn = liveIn;
    }

    /** Registers live before {@code pc}, as a bit mask (bit r for register r). */
    int liveAt(int pc) {
        return pc >= 0 && pc < liveIn.length ? liveIn[pc] : 0x7FF;
    }

    static Liveness of(Code code, Platform platform) {
        int n = code.length();
        int[] in = new int[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int pc = n - 1; pc >= 0; pc--) {
                Instruction insn = code.at(pc);
                if (insn == null) continue;
                int out = 0;
                switch (insn) {
                    case Instruction.Exit x -> {}
                    case Instruction.Jump j -> {
                        out |= at(in, pc + 1 + j.offset());
                        if (!j.isUnconditional()) out |= at(in, pc + 1);
                    }
                    default -> out |= at(in, pc + insn.slots());
                }
                int live = transfer(insn, out, platform);
                if (live != in[pc]) {
                    in[pc] = live;
                    changed = true;
                }
            }
        }
        return new Liveness(in);
    }

    private static int at(int[] in, int pc) {
        return pc >= 0 && pc < in.length ? in[pc] : 0;
    }

    private static int bit(int r) {
        return 1 << r;
    }

    private static int transfer(Instruction insn, int out, Platform platform) {
        final int args = 0b111110; // r1-r5
        return 0x400 | switch (insn) {
            case Instruction.Alu a -> {
                int use = a.operand() instanceof Operand.Reg r ? bit(r.reg()) : 0;
                boolean move = switch (a.op()) {
                    case MOV, MOVSX8, MOVSX16, MOVSX32 -> true;
                    default -> false;
                };
                if (!move) use |= bit(a.dst());
                yield (out & ~bit(a.dst())) | use;
            }
            case Instruction.Endian e -> out | bit(e.dst());
            case Instruction.Load l -> (out & ~bit(l.dst())) | bit(l.src());
            case Instruction.Store s -> out | bit(s.dst()) | (s.value() instanceof Operand.Reg r ? bit(r.reg()) : 0);
            case Instruction.Atomic a -> out | bit(a.dst()) | bit(a.src()) | bit(0);
            case Instruction.LoadImm64 l -> out & ~bit(l.dst());
            case Instruction.LoadPacket p -> (out & ~(bit(0) | args)) | bit(6) | bit(p.src());
            case Instruction.Jump j -> j.isUnconditional() ? out
                    : out | bit(j.dst()) | (j.operand() instanceof Operand.Reg r ? bit(r.reg()) : 0);
            case Instruction.Call c -> {
                int use = args;
                if (c.kind() == CallKind.HELPER) {
                    HelperPrototype proto = platform.helpers().byId(c.imm()).orElse(null);
                    if (proto != null) {
                        use = 0;
                        for (int i = 0; i < proto.arguments().size(); i++) use |= bit(i + 1);
                    }
                }
                yield (out & ~(bit(0) | args)) | use;
            }
            case Instruction.CallReg c -> (out & ~(bit(0) | args)) | args | bit(c.reg());
            case Instruction.Exit x -> bit(0);
        };
    }
}
