package dev.ringzero.ebpf.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.isa.LlvmAssembler;
import dev.ringzero.ebpf.maps.MapType;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.platform.ProgramType;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One rule per test, on programs written in LLVM's BPF assembly (PREVAIL-style cases). Map
 * references are {@code ld_pseudo rN, 1, INDEX} into {@link #MAPS}.
 */
class VerifierRulesTest {
    static final List<MapDescriptor> MAPS = List.of(
            MapDescriptor.of("counts", MapType.HASH, 4, 16, 64),
            MapDescriptor.of("queue", MapType.QUEUE, 0, 8, 16));

    static Verdict linux(String type, String asm) {
        return verify(Platform.LINUX, type, asm, VerifierOptions.defaults());
    }

    static Verdict unprivileged(String type, String asm) {
        return verify(Platform.LINUX, type, asm, VerifierOptions.defaults().unprivileged());
    }

    static Verdict windows(String type, String asm) {
        return verify(Platform.WINDOWS, type, asm, VerifierOptions.defaults());
    }

    static Verdict verify(Platform platform, String type, String asm, VerifierOptions options) {
        return Verifier.verify(new VerifierInput(LlvmAssembler.assemble(asm),
                ProgramType.named(platform, type).orElseThrow(), MAPS, options));
    }

    static void assertFails(Verdict verdict, int pc, String... fragments) {
        assertThat(verdict.passed()).as("expected a rejection").isFalse();
        VerificationError e = verdict.errors().getFirst();
        assertThat(e.pc()).as(e.render()).isEqualTo(pc);
        assertThat(e.message()).as(e.render()).contains(fragments);
    }

    static void assertPasses(Verdict verdict) {
        assertThat(verdict.passed()).as(verdict.message()).isTrue();
    }

    static final String LOOKUP = """
            r1 = 0
            *(u32 *)(r10 - 4) = r1
            r2 = r10
            r2 += -4
            ld_pseudo r1, 1, 0
            call 1
            """;

    @Nested
    class Registers {
        @Test
        void readingARegisterNothingWroteIsRejected() {
            assertFails(linux("xdp", "r0 = r7\nexit"), 0, "r7 is read before anything was written");
        }

        @Test
        void exitWithoutSettingR0IsRejected() {
            assertFails(linux("xdp", "r1 = 1\nexit"), 1, "r0 is not initialized");
        }

        @Test
        void callsClearR1ToR5() {
            assertFails(linux("xdp", "call 7\nr0 = r1\nexit"), 1, "r1 is read before", "cleared by every call");
        }

        @Test
        void theFramePointerIsReadOnly() {
            assertFails(linux("xdp", "r10 = 0\nr0 = 0\nexit"), 0, "r10 is the frame pointer");
        }
    }

    @Nested
    class MapValues {
        @Test
        void dereferencingAnUncheckedLookupResultNamesTheCallAndTheFix() {
            Verdict v = linux("xdp", LOOKUP + "r1 = *(u32 *)(r0 + 0)\nr0 = 0\nexit");

            assertFails(v, 7, "r0 may be NULL here", "bpf_map_lookup_elem's result from instruction 6", "compare r0 with 0");
            assertThat(v.errors().getFirst().instruction()).isEqualTo("r1 = *(u32 *)(r0 + 0)");
            assertThat(v.errors().getFirst().state()).contains("r0=map_value_or_null(map 0)");
        }

        @Test
        void aNullCheckMakesTheValueUsable() {
            assertPasses(linux("xdp", LOOKUP + "if r0 == 0 goto +1\nr1 = *(u64 *)(r0 + 8)\nr0 = 0\nexit"));
        }

        @Test
        void aNullCheckOfACopyRefinesTheOriginal() {
            assertPasses(linux("xdp", LOOKUP + "r6 = r0\nif r6 == 0 goto +1\nr1 = *(u64 *)(r0 + 8)\nr0 = 0\nexit"));
        }

        @Test
        void accessPastTheValueSizeIsRejected() {
            assertFails(linux("xdp", LOOKUP + "if r0 == 0 goto +1\nr1 = *(u64 *)(r0 + 9)\nr0 = 0\nexit"), 8,
                    "value_size=16", "off=9 size=8");
        }

        @Test
        void aComparisonBoundsAVariableIndex() {
            String asm = LOOKUP + """
                    if r0 == 0 goto +5
                    r1 = 0
                    call 7
                    if r0 > 15 goto +2
                    r0 = 0
                    exit
                    r0 = 0
                    exit
                    """;
            assertPasses(linux("xdp", asm));
        }

        @Test
        void anUnboundedIndexIsRejected() {
            String asm = LOOKUP + """
                    if r0 == 0 goto +6
                    r6 = r0
                    call 7
                    r6 += r0
                    r1 = *(u8 *)(r6 + 0)
                    r0 = 0
                    exit
                    r0 = 0
                    exit
                    """;
            assertFails(linux("xdp", asm), 10, "unbounded min value");
        }

        @Test
        void aMaskedIndexStaysInBounds() {
            String asm = LOOKUP + """
                    if r0 == 0 goto +7
                    r6 = r0
                    call 7
                    r0 &= 15
                    r6 += r0
                    r1 = *(u8 *)(r6 + 0)
                    r0 = 0
                    exit
                    r0 = 0
                    exit
                    """;
            assertPasses(linux("xdp", asm));
        }

        @Test
        void pointerArithmeticOnAMapPointerIsRejected() {
            assertFails(linux("xdp", "ld_pseudo r1, 1, 0\nr1 += 8\nr0 = 0\nexit"), 2, "pointer arithmetic on map_ptr");
        }

        @Test
        void aLddwOfAMapTheProgramDoesNotHaveIsRejected() {
            assertFails(linux("xdp", "ld_pseudo r1, 1, 7\nr0 = 0\nexit"), 0, "refers to map 7", "has 2 maps");
        }

        @Test
        void aQueueHelperNeedsAQueueMap() {
            assertFails(linux("xdp", "r2 = r10\nr2 += -8\n*(u64 *)(r10 - 8) = r1\nld_pseudo r1, 1, 0\nr3 = 0\ncall 87\nr0 = 0\nexit"),
                    6, "cannot pass map_type 1 into func bpf_map_push_elem#87");
        }
    }

    @Nested
    class Packets {
        static final String HEADER = """
                r2 = *(u32 *)(r1 + 0)
                r3 = *(u32 *)(r1 + 4)
                """;

        @Test
        void readingThePacketWithoutComparingWithTheEndIsRejected() {
            assertFails(linux("xdp", HEADER + "r0 = *(u8 *)(r2 + 0)\nexit"), 2, "invalid access to packet", "data_end");
        }

        @Test
        void comparingPointerPlusNWithTheEndMakesNBytesReadable() {
            assertPasses(linux("xdp", HEADER + "r4 = r2\nr4 += 14\nif r4 > r3 goto +2\nr0 = *(u16 *)(r2 + 12)\nexit\nr0 = 1\nexit"));
        }

        @Test
        void readingOneBytePastTheCheckedLengthIsRejected() {
            assertFails(linux("xdp", HEADER + "r4 = r2\nr4 += 14\nif r4 > r3 goto +2\nr0 = *(u16 *)(r2 + 13)\nexit\nr0 = 1\nexit"),
                    5, "invalid access to packet");
        }

        @Test
        void theEndFirstComparisonWorksToo() {
            assertPasses(linux("xdp", HEADER + "r4 = r2\nr4 += 4\nif r3 >= r4 goto +2\nr0 = 1\nexit\nr0 = *(u32 *)(r2 + 0)\nexit"));
        }

        @Test
        void aSocketFilterCannotLoadDataPointers() {
            assertFails(linux("socket_filter", "r2 = *(u32 *)(r1 + 76)\nr0 = 0\nexit"), 0, "invalid bpf_context access");
        }

        @Test
        void theEndPointerCannotBeDereferenced() {
            assertFails(linux("xdp", HEADER + "r0 = *(u8 *)(r3 + 0)\nexit"), 2, "invalid mem access 'packet_end'");
        }
    }

    @Nested
    class Stack {
        @Test
        void rootMayReadUninitializedStack() {
            assertPasses(linux("xdp", "r0 = *(u64 *)(r10 - 8)\nexit"));
        }

        @Test
        void anUnprivilegedLoaderMayNot() {
            assertFails(unprivileged("socket_filter", "r0 = *(u64 *)(r10 - 8)\nexit"), 0, "never written");
        }

        @Test
        void eBpfForWindowsMayNot() {
            assertFails(windows("bind", "r0 = *(u64 *)(r10 - 8)\nexit"), 0, "never written");
        }

        @Test
        void aSpilledPointerComesBackWhole() {
            assertPasses(linux("xdp", LOOKUP + "*(u64 *)(r10 - 16) = r0\nr6 = *(u64 *)(r10 - 16)\nif r6 == 0 goto +1\n"
                    + "r1 = *(u64 *)(r6 + 0)\nr0 = 0\nexit"));
        }

        @Test
        void readingHalfASpilledPointerIsRejected() {
            assertFails(linux("xdp", "*(u64 *)(r10 - 8) = r1\nr0 = *(u32 *)(r10 - 8)\nexit"), 1, "register fill");
        }

        @Test
        void belowTheStackIsRejected() {
            assertFails(linux("xdp", "*(u64 *)(r10 - 520) = r1\nr0 = 0\nexit"), 0, "below the 512-byte stack");
        }

        @Test
        void linuxRequiresAlignedStackAccess() {
            assertFails(linux("xdp", "r1 = 0\n*(u32 *)(r10 - 6) = r1\nr0 = 0\nexit"), 1, "misaligned stack access");
        }
    }

    @Nested
    class Leaks {
        static final String STORE_POINTER = LOOKUP + "if r0 == 0 goto +1\n*(u64 *)(r0 + 0) = r10\nr0 = 0\nexit";

        @Test
        void rootMayStoreAPointerIntoAMap() {
            assertPasses(linux("xdp", STORE_POINTER));
        }

        @Test
        void anUnprivilegedLoaderMayNot() {
            assertFails(unprivileged("socket_filter", STORE_POINTER), 8, "leaks an address into map counts");
        }

        @Test
        void eBpfForWindowsMayNot() {
            assertFails(windows("bind", STORE_POINTER), 8, "leaks an address");
        }

        @Test
        void returningAPointerIsALeakForUnprivileged() {
            assertFails(unprivileged("socket_filter", "r0 = r10\nexit"), 1, "leaks an address as the return value");
        }

        @Test
        void multiplyingAPointerIsNeverAllowed() {
            assertFails(linux("xdp", "r1 *= 3\nr0 = 0\nexit"), 0, "pointer arithmetic with the *= operator");
        }
    }

    @Nested
    class ControlFlow {
        @Test
        void aJumpOutOfTheProgramIsRejected() {
            assertFails(linux("xdp", "goto +5\nr0 = 0\nexit"), 0, "out of range");
        }

        @Test
        void aJumpIntoTheMiddleOfLddwIsRejected() {
            assertFails(linux("xdp", "goto +1\nr0 = 1 ll\nr0 = 0\nexit"), 0, "middle of ldimm64");
        }

        @Test
        void fallingOffTheEndIsRejected() {
            assertFails(linux("xdp", "r0 = 0"), 0, "last insn is not an exit");
        }

        @Test
        void linuxRejectsUnreachableInstructions() {
            assertFails(linux("xdp", "r0 = 0\nexit\nr0 = 1\nexit"), 2, "unreachable insn 2");
        }

        @Test
        void eBpfForWindowsAllowsThem() {
            assertPasses(windows("bind", "r0 = 0\nexit\nr0 = 1\nexit"));
        }

        @Test
        void aBoundedLoopIsWalkedToItsEnd() {
            assertPasses(linux("xdp", "r0 = 0\nr1 = 0\nloop:\nr0 += r1\nr1 += 1\nif r1 < 100 goto loop\nr0 = 0\nexit"));
        }

        @Test
        void anUnprivilegedLoaderMayNotLoop() {
            assertFails(unprivileged("socket_filter", "r0 = 0\nloop:\nr0 += 1\nif r0 < 3 goto loop\nexit"), 2, "back-edge");
        }

        @Test
        void aLoopThatChangesNothingIsInfinite() {
            assertFails(linux("xdp", "r0 = 0\nloop:\ncall 7\nif r0 != 7 goto loop\nexit"), 1, "infinite loop");
        }

        @Test
        void aLoopWithoutABoundExhaustsTheBudget() {
            Verdict v = verify(Platform.LINUX, "xdp", "r0 = 0\nloop:\nr0 += 1\nif r0 != 0 goto loop\nexit",
                    VerifierOptions.defaults().withComplexityLimit(10_000));
            assertThat(v.passed()).isFalse();
            assertThat(v.errors().getFirst().message()).contains("too large", "10000");
        }

        @Test
        void aBranchTheStateDecidesIsNotExplored() {
            assertPasses(linux("xdp", "r1 = 5\nif r1 > 10 goto +2\nr0 = 0\nexit\nr0 = r7\nexit"));
        }
    }

    @Nested
    class Numbers {
        @Test
        void divisionByARegisterThatMayBeZeroIsAllowed() {
            assertPasses(linux("xdp", "call 7\nr1 = 100\nr1 /= r0\nr0 = 0\nexit"));
        }

        @Test
        void linuxRejectsDivisionByTheConstantZero() {
            assertFails(linux("xdp", "r0 = 1\nr0 /= 0\nexit"), 1, "div by zero");
        }

        @Test
        void aJmp32ComparisonBoundsA32BitValue() {
            String asm = """
                    r6 = r1
                    r2 = *(u32 *)(r6 + 0)
                    r3 = *(u32 *)(r6 + 4)
                    r4 = *(u32 *)(r6 + 16)
                    if w4 > 7 goto +5
                    r2 += r4
                    r5 = r2
                    r5 += 1
                    if r5 > r3 goto +1
                    r0 = *(u8 *)(r2 + 0)
                    r0 = 0
                    exit
                    """;
            assertPasses(linux("xdp", asm));
        }

        @Test
        void linuxContextFieldsAreWrittenWhole() {
            assertFails(linux("sched_cls", "r2 = 1\n*(u16 *)(r1 + 8) = r2\nr0 = 0\nexit"), 1, "mark must be written whole");
        }

        @Test
        void aTcProgramMayWriteTheMark() {
            assertPasses(linux("sched_cls", "r2 = 1\n*(u32 *)(r1 + 8) = r2\nr0 = 0\nexit"));
        }

        @Test
        void storingAnImmediateIntoAWritableFieldIsAllowedSinceLinux63() {
            assertPasses(linux("sched_cls", "*(u32 *)(r1 + 8) = 1\nr0 = 0\nexit"));
        }

        @Test
        void cgroupSkbMustReturnZeroOrOne() {
            assertFails(linux("cgroup_skb", "r0 = 2\nexit"), 1, "must return a value in [0, 1]");
        }

        @Test
        void windowsBindMustReturnABindAction() {
            assertFails(windows("bind", "r0 = 3\nexit"), 1, "[0, 2]");
        }
    }

    @Nested
    class Calls {
        @Test
        void aLocalCallGetsItsArgumentsAndReturnsR0() {
            assertPasses(linux("xdp", "r1 = 3\ncall f\nexit\nf:\nr0 = r1\nexit"));
        }

        @Test
        void calleeSavedRegistersAreNotTheCallees() {
            assertFails(linux("xdp", "r6 = 3\ncall f\nexit\nf:\nr0 = r6\nexit"), 3, "r6 is read before");
        }

        @Test
        void aCalleeMayNotLeaveItsStackAddressInTheCallersStack() {
            assertFails(linux("xdp", "r1 = r10\nr1 += -8\ncall f\nr0 = 0\nexit\nf:\nr2 = r10\n*(u64 *)(r1 + 0) = r2\nr0 = 0\nexit"),
                    6, "stack frame of the caller");
        }

        @Test
        void aCalleeMayWriteThroughAPointerToItsCallersStack() {
            assertPasses(linux("xdp", "r1 = r10\nr1 += -8\ncall f\nr0 = *(u64 *)(r10 - 8)\nexit\nf:\nr2 = 7\n*(u64 *)(r1 + 0) = r2\nr0 = 0\nexit"));
        }

        @Test
        void recursionExceedsTheFrameLimit() {
            assertFails(linux("xdp", "call f\nexit\nf:\ncall f\nr0 = 0\nexit"), 2, "too deep");
        }

        @Test
        void anUnknownHelperIsRejected() {
            assertFails(linux("xdp", "call 999\nr0 = 0\nexit"), 0, "unknown#999");
        }

        @Test
        void aHelperTheProgramTypeMayNotCallIsRejected() {
            assertFails(linux("xdp", "r2 = 0\nr3 = r10\nr3 += -8\nr4 = 4\ncall 26\nr0 = 0\nexit"), 4,
                    "cannot call bpf_skb_load_bytes");
        }

        @Test
        void aSizeArgumentMustBeBounded() {
            String asm = "r6 = r1\ncall 7\nr4 = r0\nr1 = r6\nr2 = 0\nr3 = r10\nr3 += -32\ncall 26\nr0 = 0\nexit";
            assertFails(linux("sched_cls", asm), 7, "r4");
        }
    }

    @Nested
    class Messages {
        @Test
        void theLogHasAStatePerAnalysedInstruction() {
            Verdict v = verify(Platform.LINUX, "xdp", "r0 = 0\nexit", VerifierOptions.defaults().withLog());
            assertThat(v.log()).hasSize(2);
            assertThat(v.log().get(1).state()).contains("r0=scalar 0", "r1=ctx");
        }

        @Test
        void theSourceLineComesFromTheLineInfoProvider() {
            Verdict v = verify(Platform.LINUX, "xdp", "r0 = r7\nexit",
                    VerifierOptions.defaults().withLineInfo(pc -> "prog.c:" + (10 + pc) + ": return x;"));
            assertThat(v.errors().getFirst().sourceLine()).isEqualTo("prog.c:10: return x;");
            assertThat(v.message()).startsWith("prog.c:10: return x;\n0: r0 = r7  — r7 is read");
        }

        @Test
        void theJsonViewNamesTheVerdictTheErrorAndTheInstruction() {
            String json = linux("xdp", "r0 = r7\nexit").toJson();
            assertThat(json).startsWith("{\"verdict\":\"fail\",\"error\":\"r7 is read before")
                    .contains("\"instruction\":0", "\"disassembly\":\"r0 = r7\"");
            assertThat(linux("xdp", "r0 = 0\nexit").toJson()).startsWith("{\"verdict\":\"pass\",\"error\":null,\"instruction\":null");
        }
    }
}
