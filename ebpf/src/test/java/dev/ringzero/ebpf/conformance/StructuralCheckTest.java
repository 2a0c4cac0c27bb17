package dev.ringzero.ebpf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.isa.Code;
import dev.ringzero.ebpf.isa.ConformanceAssembler;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuralCheckTest {

    private static List<String> problems(String asm) {
        return StructuralCheck.check(ConformanceAssembler.assemble(asm), id -> id == 5, 1 << 1 | 1 << 2)
                .stream().map(StructuralCheck.Problem::toString).toList();
    }

    @Test
    void aWellFormedProgramPasses() {
        assertThat(problems("mov %r0, %r1\njeq %r2, 0, +1\nadd %r0, %r2\nexit")).isEmpty();
    }

    @Test
    void readingAnUnwrittenRegisterIsRejected() {
        assertThat(problems("or %r0, %r10\nexit"))
                .containsExactly("instruction 0: r0 is read before it is written on some path");
    }

    @Test
    void aRegisterWrittenOnOnlyOnePathIsRejected() {
        assertThat(problems("jeq %r1, 0, +1\nmov %r0, 1\nexit"))
                .containsExactly("instruction 2: r0 is read before it is written on some path");
    }

    @Test
    void aHelperCallClobbersR1ToR5() {
        assertThat(problems("mov %r0, 0\ncall 5\nmov %r0, %r1\nexit"))
                .containsExactly("instruction 2: r1 is read before it is written on some path");
    }

    @Test
    void anUnknownHelperIsRejected() {
        assertThat(problems("call 6\nexit")).containsExactly("instruction 0: call of unknown helper 6");
    }

    @Test
    void fallingOffTheEndIsRejected() {
        assertThat(problems("mov %r0, 0")).containsExactly("instruction 0: execution falls off the end of the program");
    }

    @Test
    void aJumpOutsideTheProgramIsRejected() {
        assertThat(problems("mov %r0, 0\nja +5\nexit"))
                .containsExactly("instruction 1: jump to 7 is outside the program (3 slots)");
    }

    @Test
    void aJumpIntoAnLddwIsRejected() {
        assertThat(problems("ja +1\nlddw %r0, 1\nexit"))
                .containsExactly("instruction 0: jump to 2 lands in the middle of an lddw");
    }

    @Test
    void writingR10IsRejected() {
        assertThat(problems("mov %r10, 0\nmov %r0, 0\nexit"))
                .containsExactly("instruction 0: r10 (the frame pointer) is read-only");
    }

    @Test
    void aLocalCallPassesR1ToR5AndReturnsR0() {
        assertThat(problems("""
                mov %r6, 1
                mov %r3, 2
                call local f
                add %r0, %r6
                exit
                f:
                mov %r0, %r3
                exit
                """)).isEmpty();
    }

    @Test
    void anEmptyProgramIsRejected() {
        assertThat(StructuralCheck.check(Code.of(List.of()), id -> true, 0)).hasSize(1);
    }
}
