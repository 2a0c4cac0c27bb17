package dev.ringzero.ebpf.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.isa.AluOp;
import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.Instruction;
import dev.ringzero.ebpf.isa.Operand;
import dev.ringzero.ebpf.isa.Size;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.platform.ProgramType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every context read and write of 1, 2, 4 and 8 bytes at every offset, for each Linux program type,
 * as the Linux 6.18 kernel judged it when root loaded the one-access program with BPF_PROG_LOAD
 * ({@code linux_context_access.txt}, written by {@code examples/verifier/probe_context.py}: type,
 * read|write, offset, size, verdict). Ours must agree.
 */
class LinuxContextAccessTest {

    record Probe(String type, boolean write, int offset, int size, boolean kernelPasses) {}

    static List<Probe> probes() throws IOException {
        List<Probe> out = new ArrayList<>();
        try (InputStream in = LinuxContextAccessTest.class.getResourceAsStream("/verifier/linux_context_access.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                String[] f = line.split(" ");
                out.add(new Probe(f[0], f[1].equals("write"), Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4].equals("pass")));
            }
        }
        return out;
    }

    static Verdict verify(Probe p) {
        List<Instruction> insns = new ArrayList<>();
        Size size = Size.ofBytes(p.size());
        if (p.write()) {
            insns.add(new Instruction.Alu(AluOp.MOV, true, 2, Operand.imm(0)));
            insns.add(new Instruction.Store(size, 1, p.offset(), Operand.reg(2)));
        } else {
            insns.add(new Instruction.Load(size, false, 0, 1, p.offset()));
        }
        insns.add(new Instruction.Alu(AluOp.MOV, true, 0, Operand.imm(0)));
        insns.add(new Instruction.Exit());
        ProgramType type = ProgramType.named(Platform.LINUX, p.type()).orElseThrow();
        return Verifier.verify(new VerifierInput(Code.of(insns), type, List.of()));
    }

    @Test
    void everyContextAccessIsJudgedAsTheKernelJudgedIt() throws IOException {
        List<Probe> probes = probes();
        assertThat(probes).hasSizeGreaterThan(4000);
        List<String> disagreements = new ArrayList<>();
        for (Probe p : probes) {
            Verdict v = verify(p);
            if (v.passed() != p.kernelPasses()) {
                disagreements.add(p + " -> ours " + (v.passed() ? "pass" : v.errors().getFirst().message()));
            }
        }
        assertThat(disagreements).as("accesses judged differently from the kernel").isEmpty();
    }
}
