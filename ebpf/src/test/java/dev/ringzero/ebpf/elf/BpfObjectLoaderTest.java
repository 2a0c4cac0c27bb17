package dev.ringzero.ebpf.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.ebpf.elf.CodeReference.CallReference;
import dev.ringzero.ebpf.elf.CodeReference.FunctionReference;
import dev.ringzero.ebpf.elf.CodeReference.GlobalDataReference;
import dev.ringzero.ebpf.isa.Code;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected values are those of {@code llvm-objdump -d -r} and {@code llvm-readelf -s} on the objects. */
class BpfObjectLoaderTest {

    private final BpfObject programs = TestObjects.load(TestObjects.PROGRAMS);
    private final BpfObject calls = TestObjects.load(TestObjects.CALLS);

    @Test
    void everyNonEmptyExecutableSectionIsAProgramSectionTextIncluded() {
        assertThat(programs.sections()).extracting(ProgramSection::name).containsExactly(".text", "xdp");
        assertThat(programs.section(".text").orElseThrow().slotCount()).isEqualTo(25);
        assertThat(programs.section("xdp").orElseThrow().slotCount()).isEqualTo(28);
    }

    @Test
    void anEmptyTextSectionIsNotAProgramSection() {
        assertThat(TestObjects.load(TestObjects.GLOBAL_DATA).sections()).extracting(ProgramSection::name).containsExactly("xdp");
    }

    @Test
    void twoGlobalFunctionsInOneSectionAreTwoPrograms() {
        assertThat(programs.programs()).extracting(Program::sectionName, Program::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("xdp", "first_program"),
                        org.assertj.core.groups.Tuple.tuple("xdp", "second_program"));
        Program second = programs.program("second_program").orElseThrow();
        assertThat(second.function().startSlot()).isEqualTo(6);
        assertThat(second.function().slotCount()).isEqualTo(22);
        assertThat(second.code()).hasSize(176);
    }

    @Test
    void textSubprogramsAreFunctionsOfTheTextSectionButNotPrograms() {
        ProgramSection text = programs.section(".text").orElseThrow();
        assertThat(text.functions()).containsExactly(
                new FunctionSymbol("triple", 0, 24, true),
                new FunctionSymbol("checksum", 24, 176, false));
        assertThat(programs.program("triple")).isEmpty();
    }

    @Test
    void aProgramsCodeDecodesAsInstructions() {
        Code code = Code.decode(programs.program("first_program").orElseThrow().code());
        assertThat(code.length()).isEqualTo(6);
    }

    @Test
    void clangsLocalBranchLabelsAreKeptPerSection() {
        assertThat(programs.section("xdp").orElseThrow().labels())
                .containsExactly(new CodeLabel("LBB3_1", 8), new CodeLabel("LBB3_2", 18));
        assertThat(programs.section(".text").orElseThrow().symbolsAt(24)).containsExactly("LBB2_4");
        assertThat(programs.section("xdp").orElseThrow().symbolsAt(6)).containsExactly("second_program");
    }

    @Test
    void aCallRelocatedAgainstTheTextSectionSymbolTargetsSymbolValuePlusImmediatePlusOne() {
        // "call 2" with R_BPF_64_32 .text: checksum at byte 0x18 = slot 3
        assertThat(programs.section("xdp").orElseThrow().referenceAt(3))
                .contains(new CallReference(3, ".text", 24));
    }

    @Test
    void aCallRelocatedAgainstAFunctionSymbolTargetsThatFunction() {
        // "call -1" with R_BPF_64_32 triple
        CallReference call = (CallReference) programs.section("xdp").orElseThrow().referenceAt(20).orElseThrow();
        assertThat(call).isEqualTo(new CallReference(20, ".text", 0));
        assertThat(call.targetSlot()).isZero();
    }

    @Test
    void aProgramsReferencesAreThoseInsideItsFunction() {
        assertThat(programs.program("first_program").orElseThrow().references()).containsExactly(
                new GlobalDataReference(0, ".rodata.cst16", 0), new CallReference(3, ".text", 24));
        assertThat(programs.program("second_program").orElseThrow().references()).containsExactly(
                new CallReference(20, ".text", 0), new CallReference(25, ".text", 24));
    }

    @Test
    void aSameSectionCallWithoutRelocationIsResolvedPcRelative() {
        // tc: "13: call -14" with no relocation -> slot 13 + (-14) + 1 = 0, add_seven
        assertThat(calls.section("tc").orElseThrow().referenceAt(13)).contains(new CallReference(13, "tc", 0));
    }

    @Test
    void aCallbackAddressLoadedWithLddwIsAFunctionReference() {
        assertThat(calls.section("tc").orElseThrow().referenceAt(8)).contains(new FunctionReference(8, ".text", 0));
    }

    @Test
    void helperCallsAreNotReferences() {
        assertThat(calls.section("tc").orElseThrow().referenceAt(11)).isEmpty();
    }

    @Test
    void aStaticFunctionInAProgramSectionIsASubprogramNotAProgram() {
        assertThat(calls.programs()).extracting(Program::name).containsExactly("caller");
        assertThat(calls.section("tc").orElseThrow().functionAt(1)).map(FunctionSymbol::name).contains("add_seven");
    }

    @Test
    void theLicenseIsTheLicenseSectionUpToItsNul() {
        assertThat(programs.license()).isEqualTo("GPL");
        assertThat(TestObjects.load(TestObjects.LEGACY_MAPS).license()).isEqualTo("Dual MIT/GPL");
    }

    @Test
    void loadingFromAPathReadsTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("programs.o");
        Files.write(file, TestObjects.bytes(TestObjects.PROGRAMS));
        assertThat(BpfObjectLoader.load(file).programs()).hasSize(2);
    }

    @Test
    void aRelocationOnAnInstructionThatIsNeitherLddwNorCallIsRejected() {
        byte[] bytes = TestObjects.bytes(TestObjects.PROGRAMS);
        ElfFile elf = ElfFile.parse(bytes);
        long relxdp = elf.section(".relxdp").orElseThrow().offset();
        bytes[(int) relxdp] = 0x20; // first entry's r_offset: 0x00 -> 0x20, "r0 &= 3"
        assertThatThrownBy(() -> BpfObjectLoader.load(bytes)).isInstanceOf(MalformedElfException.class)
                .hasMessage("relocation in section 3 (xdp) at offset 32: instruction 4 has opcode 0x57, neither lddw nor call");
    }

    @Test
    void aSameSectionCallOutsideTheSectionIsRejected() {
        byte[] bytes = TestObjects.bytes(TestObjects.CALLS);
        ElfFile elf = ElfFile.parse(bytes);
        int call = (int) elf.section("tc").orElseThrow().offset() + 13 * 8;
        bytes[call + 4] = 0x70; // call -14 -> call 0x..70 forward, out of the section
        bytes[call + 7] = 0;
        bytes[call + 6] = 0;
        bytes[call + 5] = 0;
        assertThatThrownBy(() -> BpfObjectLoader.load(bytes)).isInstanceOf(MalformedElfException.class)
                .hasMessage("call at pc 13 in section 3 (tc) targets slot 126, outside the section's 15 slots");
    }
}
