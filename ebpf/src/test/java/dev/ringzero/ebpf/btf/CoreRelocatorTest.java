package dev.ringzero.ebpf.btf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.ebpf.btf.CoreRelocation.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CO-RE calculator on small hand-made local and target BTFs. */
class CoreRelocatorTest {

    /** Builds a BTF type by type; ids start at 1 (0 is void). */
    private static final class Types {
        final List<BtfType> list = new ArrayList<>(List.of(new BtfType.Void()));

        int add(BtfType type) {
            list.add(type);
            return list.size() - 1;
        }

        Btf btf() {
            return new Btf(list, offset -> "");
        }
    }

    private static BtfType.Member member(String name, int type, long bitOffset) {
        return new BtfType.Member(name, type, bitOffset, 0);
    }

    private static BtfType.Member bits(String name, int type, long bitOffset, int size) {
        return new BtfType.Member(name, type, bitOffset, size);
    }

    // local: struct task_struct___local { int pid; long state; unsigned char flags:3; char comm[16]; }
    private final Types local = new Types();
    private final int localInt = local.add(new BtfType.Int("int", 4, BtfType.Int.SIGNED, 0, 32));
    private final int localLong = local.add(new BtfType.Int("long", 8, BtfType.Int.SIGNED, 0, 64));
    private final int localUchar = local.add(new BtfType.Int("unsigned char", 1, 0, 0, 8));
    private final int localChar = local.add(new BtfType.Int("char", 1, BtfType.Int.SIGNED, 0, 8));
    private final int localComm = local.add(new BtfType.Array(localChar, localInt, 16));
    private final int localTask = local.add(new BtfType.Struct("task_struct___local", 40, List.of(
            member("pid", localInt, 0), member("state", localLong, 64), bits("flags", localUchar, 128, 3),
            member("comm", localComm, 136))));
    private final int localEnum = local.add(new BtfType.Enum("pid_type", 4, false, List.of(
            new BtfType.Enumerator("PIDTYPE_PID", 0), new BtfType.Enumerator("PIDTYPE_SID", 1),
            new BtfType.Enumerator("PIDTYPE_NOPE", 2))));
    private final int localMissing = local.add(new BtfType.Struct("no_such_struct", 4, List.of(member("x", localInt, 0))));

    // target: struct task_struct { unsigned int __state; <anon union { int pid; }> ; ...; char comm[16]; flags:3 at bit 200 }
    private final Types target = new Types();
    private final int targetInt = target.add(new BtfType.Int("int", 4, BtfType.Int.SIGNED, 0, 32));
    private final int targetUint = target.add(new BtfType.Int("unsigned int", 4, 0, 0, 32));
    private final int targetUchar = target.add(new BtfType.Int("unsigned char", 1, 0, 0, 8));
    private final int targetChar = target.add(new BtfType.Int("char", 1, BtfType.Int.SIGNED, 0, 8));
    private final int targetComm = target.add(new BtfType.Array(targetChar, targetInt, 16));
    private final int targetUnion = target.add(new BtfType.Union("", 4, List.of(member("pid", targetInt, 0))));
    private final int targetTask = target.add(new BtfType.Struct("task_struct", 64, List.of(
            member("__state", targetUint, 0), member("", targetUnion, 64), member("comm", targetComm, 128),
            bits("flags", targetUchar, 261, 3))));
    private final int targetEnum = target.add(new BtfType.Enum("pid_type", 4, false, List.of(
            new BtfType.Enumerator("PIDTYPE_PID", 0), new BtfType.Enumerator("PIDTYPE_TGID", 1),
            new BtfType.Enumerator("PIDTYPE_SID", 3))));

    private CoreRelocator relocator() {
        return new CoreRelocator(local.btf(), CoreTarget.of(target.btf()));
    }

    private CoreRelocator.Result resolve(int type, String access, Kind kind) {
        return relocator().resolve(new CoreRelocation("kprobe", 0, type, access, kind.ordinal()));
    }

    @Test
    void aFieldMovesToItsOffsetInTheTargetThroughAnAnonymousUnion() {
        CoreRelocator.Result result = resolve(localTask, "0:0", Kind.FIELD_BYTE_OFFSET);
        assertThat(result.poison()).isFalse();
        assertThat(result.originalValue()).isZero();
        assertThat(result.newValue()).isEqualTo(8);
        assertThat(result.originalSize()).isEqualTo(4);
        assertThat(result.newSize()).isEqualTo(4);
    }

    @Test
    void anArrayElementIsRelocatedWithTheArraysOffset() {
        CoreRelocator.Result result = resolve(localTask, "0:3:5", Kind.FIELD_BYTE_OFFSET);
        assertThat(result.originalValue()).isEqualTo(17 + 5);
        assertThat(result.newValue()).isEqualTo(16 + 5);
        assertThat(result.originalSize()).isEqualTo(1);
    }

    @Test
    void aFieldTheTargetLacksPoisonsTheInstructionButExistsIsZero() {
        assertThat(resolve(localTask, "0:1", Kind.FIELD_BYTE_OFFSET).poison()).isTrue();
        CoreRelocator.Result exists = resolve(localTask, "0:1", Kind.FIELD_EXISTS);
        assertThat(exists.poison()).isFalse();
        assertThat(exists.originalValue()).isEqualTo(1);
        assertThat(exists.newValue()).isZero();
        assertThat(resolve(localTask, "0:0", Kind.FIELD_EXISTS).newValue()).isEqualTo(1);
    }

    @Test
    void bitfieldsGetTheirLoadSizeOffsetAndShifts() {
        // target flags: bits 261..263 -> byte 32, one byte; lshift 64 - (261 + 3 - 256) = 56, rshift 61
        assertThat(resolve(localTask, "0:2", Kind.FIELD_BYTE_OFFSET).newValue()).isEqualTo(32);
        assertThat(resolve(localTask, "0:2", Kind.FIELD_BYTE_SIZE).newValue()).isEqualTo(1);
        assertThat(resolve(localTask, "0:2", Kind.FIELD_LSHIFT_U64).newValue()).isEqualTo(56);
        assertThat(resolve(localTask, "0:2", Kind.FIELD_RSHIFT_U64).newValue()).isEqualTo(61);
        assertThat(resolve(localTask, "0:2", Kind.FIELD_SIGNED).newValue()).isZero();
        assertThat(resolve(localTask, "0:0", Kind.FIELD_SIGNED).newValue()).isEqualTo(1);
    }

    @Test
    void typeRelocationsReportExistenceSizeAndId() {
        assertThat(resolve(localTask, "0", Kind.TYPE_EXISTS).newValue()).isEqualTo(1);
        assertThat(resolve(localTask, "0", Kind.TYPE_SIZE).newValue()).isEqualTo(64);
        assertThat(resolve(localTask, "0", Kind.TYPE_ID_TARGET).newValue()).isEqualTo(targetTask);
        assertThat(resolve(localTask, "0", Kind.TYPE_ID_LOCAL).newValue()).isEqualTo(localTask);
        assertThat(resolve(localMissing, "0", Kind.TYPE_EXISTS).newValue()).isZero();
        assertThat(resolve(localMissing, "0", Kind.TYPE_SIZE).newValue()).isZero();
        assertThat(resolve(localMissing, "0", Kind.TYPE_SIZE).poison()).isFalse();
        // the local struct has a member (state) the target lacks: it does not "match"
        assertThat(resolve(localTask, "0", Kind.TYPE_MATCHES).newValue()).isZero();
    }

    @Test
    void enumValuesComeFromTheTargetAndMissingOnesPoison() {
        assertThat(resolve(localEnum, "1", Kind.ENUMVAL_VALUE).newValue()).isEqualTo(3);
        assertThat(resolve(localEnum, "1", Kind.ENUMVAL_VALUE).originalValue()).isEqualTo(1);
        assertThat(resolve(localEnum, "2", Kind.ENUMVAL_EXISTS).newValue()).isZero();
        assertThat(resolve(localEnum, "2", Kind.ENUMVAL_VALUE).poison()).isTrue();
        assertThat(targetEnum).isPositive();
    }

    @Test
    void flavorSuffixesAreIgnoredWhenNamesAreCompared() {
        assertThat(CoreTarget.essentialName("task_struct___o")).isEqualTo("task_struct");
        assertThat(CoreTarget.essentialName("task_struct___2___x")).isEqualTo("task_struct___2");
        assertThat(CoreTarget.essentialName("a____b")).isEqualTo("a____b");
        assertThat(CoreTarget.essentialName("__state")).isEqualTo("__state");
    }

    @Test
    void malformedAccessStringsFailTheLoad() {
        assertThatThrownBy(() -> resolve(localTask, "0:9", Kind.FIELD_BYTE_OFFSET))
                .isInstanceOf(CoreRelocationException.class).hasMessageContaining("parsing");
        assertThatThrownBy(() -> resolve(localTask, "1", Kind.TYPE_EXISTS))
                .isInstanceOf(CoreRelocationException.class);
        assertThatThrownBy(() -> resolve(localTask, "0:3:16", Kind.FIELD_BYTE_OFFSET))
                .isInstanceOf(CoreRelocationException.class);
    }

    @Test
    void patchingRewritesOffsetsImmediatesAndPoisons() {
        byte[] load = {0x61, 0x10, 0, 0, 0, 0, 0, 0}; // r0 = *(u32 *)(r1 + 0)
        CoreRelocator.patch(load, 0, resolve(localTask, "0:0", Kind.FIELD_BYTE_OFFSET));
        assertThat(load[2]).isEqualTo((byte) 8);

        byte[] mov = {(byte) 0xb7, 0x01, 0, 0, 1, 0, 0, 0}; // r1 = 1
        CoreRelocator.patch(mov, 0, resolve(localTask, "0:1", Kind.FIELD_EXISTS));
        assertThat(mov[4]).isZero();

        byte[] poisoned = {0x79, 0x10, 8, 0, 0, 0, 0, 0}; // r0 = *(u64 *)(r1 + 8)
        CoreRelocator.patch(poisoned, 0, resolve(localTask, "0:1", Kind.FIELD_BYTE_OFFSET));
        assertThat(poisoned).containsExactly((byte) 0x85, 0, 0, 0, 0x10, 0x23, (byte) 0xad, 0x0b);

        byte[] wide = new byte[16]; // r1 = 1 ll
        wide[0] = 0x18;
        wide[1] = 0x01;
        wide[4] = 2;
        CoreRelocator.patch(wide, 0, resolve(localEnum, "2", Kind.ENUMVAL_VALUE));
        assertThat(wide[0]).isEqualTo((byte) 0x85);
        assertThat(wide[8]).as("the second half of an lddw is poisoned too").isEqualTo((byte) 0x85);
    }

    @Test
    void anInstructionThatDoesNotHoldTheLocalValueIsRefused() {
        byte[] load = {0x61, 0x10, 4, 0, 0, 0, 0, 0}; // offset 4, but pid is at 0 locally
        assertThatThrownBy(() -> CoreRelocator.patch(load, 0, resolve(localTask, "0:0", Kind.FIELD_BYTE_OFFSET)))
                .isInstanceOf(CoreRelocationException.class).hasMessageContaining("unexpected insn #0");
    }

    @Test
    void aLoadOfASignedFieldThatChangesSizeIsPoisoned() {
        // the local state is a signed long, the target's an unsigned int: narrowing the load would change the value
        Types t = new Types();
        int uint = t.add(new BtfType.Int("unsigned int", 4, 0, 0, 32));
        t.add(new BtfType.Struct("task_struct", 8, List.of(member("state", uint, 0))));
        CoreRelocator relocator = new CoreRelocator(local.btf(), CoreTarget.of(t.btf()));
        CoreRelocator.Result result = relocator.resolve(new CoreRelocation("kprobe", 0, localTask, "0:1", 0));
        assertThat(result.failMemSizeAdjust()).isTrue();
        byte[] load = {0x79, 0x10, 8, 0, 0, 0, 0, 0};
        CoreRelocator.patch(load, 0, result);
        assertThat(load[0]).isEqualTo((byte) 0x85);
    }
}
