package dev.ringzero.ebpf.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.IllegalInstructionException;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever a program does, a run either returns or ends in a {@link ProgramFault}: random instruction
 * streams, biased towards memory access through the context and stack pointers, never escape as any
 * other exception.
 */
class SandboxFuzzTest {

    /** Opcodes that touch memory or control flow, to make random programs interesting. */
    private static final int[] OPCODES = {
            0x61, 0x69, 0x71, 0x79, 0x81, 0x89, 0x91, // loads, sign-extending loads
            0x62, 0x6a, 0x72, 0x7a, 0x63, 0x6b, 0x73, 0x7b, // stores
            0xc3, 0xdb, // atomics
            0x07, 0x0f, 0x17, 0x1f, 0xb7, 0xbf, 0x04, 0x3f, 0x9f, 0x6f, 0x7f, 0xcf, // alu
            0x05, 0x15, 0x1d, 0x25, 0x2d, 0xa5, 0x06, // jumps
            0x85, 0x8d, 0x95, 0x18, 0x20, 0x28, 0x30, 0x40, 0x48, 0x50, // calls, exit, lddw, packet loads
    };
    private static final int[] ATOMIC_IMMS = {0x00, 0x01, 0x40, 0x41, 0x50, 0x51, 0xa0, 0xa1, 0xe1, 0xf1};

    private static final int PROGRAMS = 10_000;

    @Test
    void randomProgramsOnlyReturnOrFault() {
        Random random = new Random(20261127);
        HelperTable helpers = HelperTable.empty()
                .with(1, (ctx, a, b, c, d, e) -> ctx.memory().read(a, (int) (b & 0xff)).length)
                .with(2, (ctx, a, b, c, d, e) -> {
                    ctx.memory().write(a, new byte[(int) (b & 0xff)]);
                    return 0;
                });
        int returned = 0;
        int faulted = 0;
        for (int i = 0; i < PROGRAMS; i++) {
            Code code = randomProgram(random);
            if (code == null) {
                continue;
            }
            Memory memory = new Memory();
            memory.map(MemorySegment.ofArray(new byte[64]), Access.READ, RegionKind.PACKET);
            long ctx = memory.mapContext(MemorySegment.ofArray(new byte[32]), Access.READ_WRITE,
                    List.of(PointerField.of(0, 4, memory.packetAddress()), PointerField.of(8, 8, memory.packetAddress() + 64)));
            ExecutionContext context = ExecutionContext.builder(memory).helpers(helpers).budget(5_000).build();
            try {
                new Interpreter(code).run(context, ctx);
                returned++;
            } catch (ProgramFault fault) {
                assertThat(fault.getMessage()).isNotBlank();
                faulted++;
            }
        }
        assertThat(returned + faulted).as("programs that decoded and ran").isGreaterThan(PROGRAMS / 2);
        assertThat(returned).isPositive();
        assertThat(faulted).isPositive();
    }

    private static Code randomProgram(Random random) {
        int slots = 2 + random.nextInt(24);
        byte[] text = new byte[slots * 8];
        for (int pc = 0; pc < slots - 1; pc++) {
            int opcode = OPCODES[random.nextInt(OPCODES.length)];
            int cls = opcode & 0x07;
            boolean regSource = (opcode & 0x08) != 0;
            int dst = random.nextInt(4) == 0 ? 10 : random.nextInt(3);
            int src = random.nextInt(4) == 0 ? 10 : random.nextInt(3);
            int offset = random.nextInt(3) == 0 ? -random.nextInt(600) : random.nextInt(80);
            int imm = random.nextInt(4) == 0 ? random.nextInt() : random.nextInt(16) - 4;
            switch (cls) {
                case 0x04, 0x07 -> { // alu: no offset; register form has no imm, immediate form no src
                    offset = 0;
                    if (regSource) {
                        imm = 0;
                    } else {
                        src = 0;
                    }
                }
                case 0x05, 0x06 -> {
                    offset = random.nextInt(slots) - pc - 1;
                    if (opcode == 0x95) {
                        dst = src = offset = imm = 0;
                    } else if (opcode == 0x85) {
                        dst = src = offset = 0;
                        imm = 1 + random.nextInt(2);
                    } else if (opcode == 0x8d) {
                        src = offset = imm = 0;
                    } else if (opcode == 0x05) {
                        dst = src = imm = 0;
                    } else if (regSource) {
                        imm = 0;
                    } else {
                        src = 0;
                    }
                }
                case 0x01 -> imm = 0; // ldx
                case 0x02 -> src = 0; // st
                case 0x03 -> imm = (opcode & 0xe0) == 0xc0 ? ATOMIC_IMMS[random.nextInt(ATOMIC_IMMS.length)] : 0;
                default -> { // ld: lddw or packet loads
                    offset = 0;
                    if (opcode == 0x18) {
                        src = 0;
                        if (pc + 2 >= slots) {
                            opcode = 0xb7;
                            src = 0;
                        }
                    } else {
                        dst = 0;
                        if ((opcode & 0xe0) == 0x20) {
                            src = 0;
                        }
                    }
                }
            }
            write(text, pc, opcode, dst, src, offset, imm);
            if (opcode == 0x18) {
                pc++;
                write(text, pc, 0, 0, 0, 0, random.nextInt(3));
            }
        }
        write(text, slots - 1, 0x95, 0, 0, 0, 0);
        try {
            return Code.decode(text);
        } catch (IllegalInstructionException e) {
            return null;
        }
    }

    private static void write(byte[] text, int pc, int opcode, int dst, int src, int offset, int imm) {
        int at = pc * 8;
        text[at] = (byte) opcode;
        text[at + 1] = (byte) (src << 4 | dst);
        text[at + 2] = (byte) offset;
        text[at + 3] = (byte) (offset >> 8);
        text[at + 4] = (byte) imm;
        text[at + 5] = (byte) (imm >> 8);
        text[at + 6] = (byte) (imm >> 16);
        text[at + 7] = (byte) (imm >> 24);
    }
}
