package dev.ringzero.ebpf.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.btf.CoreRelocator;
import dev.ringzero.ebpf.btf.CoreTarget;
import dev.ringzero.ebpf.elf.BpfObject;
import dev.ringzero.ebpf.elf.BpfObjectLoader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * CO-RE relocation of whole objects from examples/verifier/, against a target BTF taken from another
 * object (so the results do not depend on the host kernel).
 */
class CoreRelocationsTest {

    private static BpfObject example(String name) throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples/verifier/" + name);
            if (Files.isRegularFile(candidate)) {
                return BpfObjectLoader.load(candidate);
            }
        }
        throw new IllegalStateException("no examples/verifier/" + name);
    }

    private static int imm(byte[] code, int slot) {
        return ByteBuffer.wrap(code, slot * 8 + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    @Test
    void againstItsOwnTypesAnObjectIsUnchanged() throws IOException {
        BpfObject object = example("core_field_read.o");
        BpfObject relocated = CoreRelocations.apply(object, CoreTarget.of(object.btf().orElseThrow()));
        assertThat(relocated.section("kprobe/do_nanosleep").orElseThrow().code())
                .isEqualTo(object.section("kprobe/do_nanosleep").orElseThrow().code());
    }

    @Test
    void aFieldTheTargetLacksPoisonsTheAccessThatUsesIt() throws IOException {
        BpfObject target = example("core_field_read.o"); // struct task_struct { int pid; int tgid; }
        BpfObject object = example("core_field_missing.o"); // reads task_struct___old.state
        BpfObject relocated = CoreRelocations.apply(object, CoreTarget.of(target.btf().orElseThrow()));
        byte[] code = relocated.section("kprobe/do_nanosleep").orElseThrow().code();
        int poisoned = 0;
        for (int slot = 0; slot < code.length / 8; slot++) {
            if ((code[slot * 8] & 0xff) == 0x85 && imm(code, slot) == CoreRelocator.POISON_HELPER) {
                poisoned++;
            }
        }
        assertThat(poisoned).isEqualTo(object.btfExt().coreRelocations().size());
    }

    @Test
    void theExistenceCheckOfAMissingFieldBecomesZero() throws IOException {
        BpfObject target = example("core_field_read.o");
        BpfObject object = example("core_field_guarded.o");
        BpfObject relocated = CoreRelocations.apply(object, CoreTarget.of(target.btf().orElseThrow()));
        byte[] before = object.section("kprobe/do_nanosleep").orElseThrow().code();
        byte[] after = relocated.section("kprobe/do_nanosleep").orElseThrow().code();
        int existsSlot = -1;
        for (var relocation : object.btfExt().coreRelocations()) {
            if (relocation.kind() == 2) {
                existsSlot = relocation.slot();
            }
        }
        assertThat(existsSlot).isNotNegative();
        assertThat(imm(before, existsSlot)).isEqualTo(1);
        assertThat(imm(after, existsSlot)).isZero();
    }
}
