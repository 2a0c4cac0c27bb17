package dev.ringzero.ebpf.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.program.LoadedObject;
import dev.ringzero.ebpf.maps.MapType;
import dev.ringzero.ebpf.platform.Platform;
import dev.ringzero.ebpf.platform.ProgramType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus in {@code examples/verifier/}: one C program per rule, with the verdict the Linux
 * kernel gave when root loaded it ({@code inventory.json}, written by {@code build.sh --kernel-check}).
 * Ours must be the same, judged as for a privileged loader. Objects are loaded with the ELF loader and
 * linked by the engine's {@code ObjectLinker}; their llvm-objdump listings must get the same verdicts.
 */
class KernelInventoryTest {
    private static final Pattern ENTRY = Pattern.compile(
            "\\{\"object\": \"([^\"]+)\", \"kernel\": \"(pass|fail)\", \"message\": \"((?:[^\"\\\\]|\\\\.)*)\"}");

    /** The maps most of the corpus declares (common.h and ringbuf_event.c), for reading listings. */
    static final Map<String, MapDescriptor> MAPS = Map.of(
            "values", MapDescriptor.of("values", MapType.HASH, 4, 32, 64),
            "events", MapDescriptor.of("events", MapType.RINGBUF, 0, 0, 4096));

    record Entry(String object, boolean kernelPasses, String kernelMessage) {}

    static Path corpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples/verifier");
            if (Files.isRegularFile(candidate.resolve("inventory.json"))) return candidate;
        }
        throw new IllegalStateException("no examples/verifier/inventory.json above " + Path.of("").toAbsolutePath());
    }

    static List<Entry> inventory() throws IOException {
        List<Entry> out = new ArrayList<>();
        Matcher m = ENTRY.matcher(Files.readString(corpus().resolve("inventory.json")));
        while (m.find()) out.add(new Entry(m.group(1), m.group(2).equals("pass"), m.group(3)));
        return out;
    }

    /** Loads the object with the ELF loader, links it with the engine's linker and judges its one program on Linux. */
    static Verdict verify(String object, VerifierOptions options) throws IOException {
        var elf = dev.ringzero.ebpf.elf.BpfObjectLoader.load(corpus().resolve(object));
        var programs = dev.ringzero.ebpf.program.ObjectLinker.linkPrograms(elf, Platform.LINUX);
        var maps = dev.ringzero.ebpf.program.ProgramVerification.maps(elf, Platform.LINUX);
        return dev.ringzero.ebpf.program.ProgramVerification.verify(programs.getFirst(), maps, options);
    }

    /** The same program read from its llvm-objdump text instead of its ELF object. */
    static Verdict verifyListing(String object, VerifierOptions options) throws IOException {
        String name = object.replace(".o", "");
        ObjdumpText text = new ObjdumpText(Files.readString(corpus().resolve(name + ".objdump")));
        String section = text.programSection();
        List<String> mapNames = new ArrayList<>();
        for (String map : MAPS.keySet()) {
            if (text.text().contains("R_BPF_64_64\t" + map + "\n")) mapNames.add(map);
        }
        ProgramType type = ProgramType.forSection(Platform.LINUX, section).orElseThrow();
        return Verifier.verify(new VerifierInput(text.section(section, mapNames), type,
                mapNames.stream().map(MAPS::get).toList(), options));
    }

    @TestFactory
    Stream<DynamicTest> ourVerdictIsTheKernels() throws IOException {
        List<Entry> entries = inventory();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(25);
        return entries.stream().map(e -> DynamicTest.dynamicTest(e.object() + " " + (e.kernelPasses() ? "passes" : "fails"), () -> {
            Verdict verdict = verify(e.object(), VerifierOptions.defaults());
            assertThat(verdict.passed())
                    .as("%s: kernel says %s (%s); we say %s", e.object(), e.kernelPasses() ? "pass" : "fail",
                            e.kernelMessage(), verdict.passed() ? "pass" : verdict.message())
                    .isEqualTo(e.kernelPasses());
        }));
    }

    @Test
    void theObjdumpListingAndTheElfObjectGetTheSameVerdicts() throws IOException {
        for (Entry e : inventory()) {
            String listing = Files.readString(corpus().resolve(e.object().replace(".o", ".objdump")));
            Matcher reloc = Pattern.compile("R_BPF_64_64\t(\\S+)").matcher(listing);
            boolean known = true;
            while (reloc.find()) known &= MAPS.containsKey(reloc.group(1));
            if (!known) {
                continue; // other maps or global data: the listing does not carry their definitions
            }
            var elf = dev.ringzero.ebpf.elf.BpfObjectLoader.load(corpus().resolve(e.object()));
            if (!dev.ringzero.ebpf.program.ObjectLinker.linkPrograms(elf, Platform.LINUX).getFirst().globalFunctions().isEmpty()) {
                continue; // global functions: only BTF says which functions are global and what they take
            }
            if (!VerifierOptions.defaults().withLicense(elf.license()).gplCompatible()) {
                continue; // the listing does not carry the license section GPL-only helpers depend on
            }
            assertThat(verifyListing(e.object(), VerifierOptions.defaults()).passed())
                    .as(e.object()).isEqualTo(verify(e.object(), VerifierOptions.defaults()).passed());
        }
    }

    @Test
    void aMessageNamesTheSourceLineTheInstructionTheReasonAndTheState() throws IOException {
        Verdict verdict = verify("null_deref.o", VerifierOptions.defaults());

        assertThat(verdict.message()).isEqualTo("""
                null_deref.c:9: v->count++;
                7: r1 = *(u64 *)(r0 + 0)  — r0 may be NULL here (it holds bpf_map_lookup_elem's result from instruction 6, \
                and no check on this path rules out NULL): compare r0 with 0 and use it only on the branch where it is not NULL
                    state: r0=map_value_or_null(map 0) off=0 id=1, r10=stack off=0, fp-8=????mmmm""");
    }

    @Test
    void aGlobalFunctionsPointerParameterMayBeNullWhateverItsCallersPass() throws IOException {
        Verdict verdict = verify("global_func_null_deref.o", VerifierOptions.defaults());

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).contains("global_func_null_deref.c:7: return *p;",
                "r1 may be NULL here (it comes from a global function's pointer parameter, which callers may pass as NULL");
    }

    @Test
    void aGlobalFunctionMustReturnANumber() throws IOException {
        Verdict verdict = verify("global_func_void.o", VerifierOptions.defaults());

        assertThat(verdict.message()).contains("Global function bump() doesn't return scalar",
                "Caller passes invalid args into func 'bump'");
    }

    @Test
    void anUnprivilegedLoaderMayNotStoreAPointerIntoAMap() throws IOException {
        Verdict verdict = verify("pointer_leak.o", VerifierOptions.defaults().unprivileged());
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.errors().getFirst().message()).contains("leaks an address into map values");
    }

    @Test
    void anUnprivilegedLoaderMayNotPassUninitializedStackToAHelper() throws IOException {
        Verdict verdict = verify("uninit_stack.o", VerifierOptions.defaults().unprivileged());
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.errors().getFirst().message()).contains("never written");
    }

    @Test
    void aMapOfMapsNamesItsInnerTemplateWhichALookupInItReturns() throws IOException {
        var elf = dev.ringzero.ebpf.elf.BpfObjectLoader.load(corpus().resolve("map_in_map_ok.o"));
        List<MapDescriptor> maps = dev.ringzero.ebpf.program.ProgramVerification.maps(elf, Platform.LINUX);
        MapDescriptor outer = maps.stream().filter(m -> m.name().equals("outer")).findFirst().orElseThrow();

        assertThat(outer.type()).isEqualTo(MapType.ARRAY_OF_MAPS);
        MapDescriptor inner = maps.get(outer.innerIndex());
        assertThat(inner.type()).isEqualTo(MapType.ARRAY);
        assertThat(List.of(inner.keySize(), inner.valueSize(), inner.maxEntries())).containsExactly(4, 16, 16);
        assertThat(maps.stream().filter(m -> m != outer).mapToInt(MapDescriptor::innerIndex)).containsOnly(-1);
    }

    @Test
    void theInnerMapALookupReturnsMustBeCheckedForNullBeforeItIsPassedOn() throws IOException {
        Verdict verdict = verify("map_in_map_no_null_check.o", VerifierOptions.defaults());

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).contains("R1 type=map_value_or_null expected=map_ptr");
    }

    @Test
    void aLinkedMapOfMapsVerifiesAsItsDefinition() throws IOException {
        var linked = LinkedInput.link(corpus().resolve("map_in_map_hash_update.o"), Platform.LINUX);
        List<MapDescriptor> maps = LinkedInput.maps(linked);
        MapDescriptor outer = maps.stream().filter(m -> m.name().equals("per_key")).findFirst().orElseThrow();

        assertThat(maps.get(outer.innerIndex()).type()).isEqualTo(MapType.HASH);
        assertThat(maps.get(outer.innerIndex()).valueSize()).isEqualTo(8);
        assertThat(Verifier.verify(LinkedInput.input(linked, linked.programs().getFirst(), VerifierOptions.defaults()))
                .passed()).isTrue();
    }
}
