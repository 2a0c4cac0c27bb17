package dev.ringzero.ebpf.elf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.ebpf.btf.BtfDump;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mutates the clang-built objects (bit flips, byte overwrites at random and at header, section table,
 * symbol, relocation and BTF offsets, truncation at every length, random section header fields) with a
 * fixed seed: every case either loads, and its result can be walked and dumped, or throws
 * {@link MalformedElfException}. Anything else (IndexOutOfBounds, NegativeArraySize, OutOfMemory, ...)
 * fails the test with the case that caused it.
 */
class MalformedObjectFuzzTest {

    private static final long SEED = 0x5eed_2026L;
    private static final long[] INTERESTING = {
            0, 1, 2, 7, 8, 16, 24, 64, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x1_0000, 0x7fff_ffffL,
            0x8000_0000L, 0xffff_ffffL, 0x1_0000_0000L, Long.MAX_VALUE, Long.MIN_VALUE, -1, -8};

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final List<String> failures = new ArrayList<>();
    private final Map<String, int[]> outcomes = new LinkedHashMap<>();

    @Test
    void everyMutatedObjectLoadsOrIsRejectedAsMalformed() {
        int cases = 0;
        for (String name : TestObjects.ALL) {
            byte[] original = TestObjects.bytes(name);
            ElfFile elf = ElfFile.parse(original);
            cases += run(name, "bit flips", 2500, () -> flipBits(original));
            cases += run(name, "random bytes", 2500, () -> overwriteBytes(original, 0, original.length));
            cases += run(name, "header bytes", 800, () -> overwriteBytes(original, 0, ElfHeader.SIZE));
            long table = elf.header().sectionHeaderOffset();
            int tableSize = elf.header().sectionCount() * 64;
            cases += run(name, "section table bytes", 1700, () -> overwriteBytes(original, table, tableSize));
            cases += run(name, "section header fields", 2500, () -> sectionHeaderField(original, elf));
            SectionHeader symtab = elf.section(".symtab").orElseThrow();
            cases += run(name, "symbol fields", 1200, () -> overwriteWords(original, symtab.offset(), symtab.size()));
            for (SectionHeader section : elf.sections()) {
                if (section.type() == SectionHeader.SHT_REL && !section.name().startsWith(".rel.debug")) {
                    cases += run(name, "relocations of " + section.name(), 300,
                            () -> overwriteWords(original, section.offset(), section.size()));
                }
            }
            for (String btfSection : List.of(".BTF", ".BTF.ext", ".maps", "maps")) {
                final String sectionName = btfSection;
                cases += elf.section(btfSection).map(section ->
                        run(name, sectionName + " words", 1200, () -> overwriteWords(original, section.offset(), section.size()))
                                + run(name, sectionName + " bit flips", 800, () -> flipBitsIn(original, section.offset(), section.size())))
                        .orElse(0);
            }
        }
        byte[] smallest = Arrays.stream(TestObjects.ALL).map(TestObjects::bytes)
                .min((a, b) -> Integer.compare(a.length, b.length)).orElseThrow();
        for (int length = 0; length < smallest.length; length++) {
            check("truncation", "to " + length + " bytes", Arrays.copyOf(smallest, length));
            cases++;
        }

        assertThat(failures).as("cases that neither loaded nor threw MalformedElfException").isEmpty();
        assertThat(cases).isBetween(100_000, 130_000);
        int loaded = outcomes.values().stream().mapToInt(o -> o[0]).sum();
        int rejected = outcomes.values().stream().mapToInt(o -> o[1]).sum();
        assertThat(loaded).as("mutants that still load").isPositive();
        assertThat(rejected).as("mutants rejected as malformed").isPositive();
    }

    private interface Mutation {
        MutatedBytes apply();
    }

    private record MutatedBytes(byte[] bytes, String description) {
    }

    private int run(String object, String strategy, int count, Mutation mutation) {
        for (int i = 0; i < count; i++) {
            MutatedBytes mutated = mutation.apply();
            check(strategy, object + " " + mutated.description(), mutated.bytes());
        }
        return count;
    }

    private void check(String strategy, String description, byte[] bytes) {
        int[] counts = outcomes.computeIfAbsent(strategy, k -> new int[2]);
        try {
            BpfObject object = BpfObjectLoader.load(bytes);
            walk(object);
            counts[0]++;
        } catch (MalformedElfException expected) {
            counts[1]++;
        } catch (Throwable unexpected) {
            if (failures.size() < 20) {
                failures.add(strategy + ": " + description + " -> " + unexpected);
            }
        }
    }

    /** What a caller does with a loaded object must not fail either. */
    private static void walk(BpfObject object) {
        object.btf().ifPresent(BtfDump::format);
        for (Program program : object.programs()) {
            program.code();
            program.references();
            program.lineInfos();
        }
        for (ProgramSection section : object.sections()) {
            section.lineInfosBySlot();
            for (int slot = 0; slot < section.slotCount(); slot++) {
                section.symbolsAt(slot);
                section.lineInfoAt(slot);
            }
        }
    }

    private MutatedBytes flipBits(byte[] original) {
        return flipBitsIn(original, 0, original.length);
    }

    private MutatedBytes flipBitsIn(byte[] original, long start, long size) {
        byte[] bytes = original.clone();
        int flips = 1 + random.nextInt(4);
        StringBuilder description = new StringBuilder("flip");
        for (int i = 0; i < flips; i++) {
            int at = (int) (start + random.nextLong(Math.max(size, 1)));
            int bit = random.nextInt(8);
            bytes[at] ^= (byte) (1 << bit);
            description.append(' ').append(at).append(':').append(bit);
        }
        return new MutatedBytes(bytes, description.toString());
    }

    private MutatedBytes overwriteBytes(byte[] original, long start, long size) {
        byte[] bytes = original.clone();
        int writes = 1 + random.nextInt(3);
        StringBuilder description = new StringBuilder("bytes");
        for (int i = 0; i < writes; i++) {
            int at = (int) (start + random.nextLong(Math.max(size, 1)));
            byte value = (byte) (random.nextBoolean() ? random.nextInt(256) : INTERESTING[random.nextInt(INTERESTING.length)]);
            bytes[at] = value;
            description.append(' ').append(at).append('=').append(value & 0xff);
        }
        return new MutatedBytes(bytes, description.toString());
    }

    /** Overwrites an aligned 4- or 8-byte word inside {@code [start, start + size)} with an interesting value. */
    private MutatedBytes overwriteWords(byte[] original, long start, long size) {
        byte[] bytes = original.clone();
        int width = random.nextBoolean() ? 4 : 8;
        if (size < width) {
            return overwriteBytes(original, start, Math.max(size, 1));
        }
        long at = start + random.nextLong(size / width) * width;
        long value = interesting(original.length);
        write(bytes, (int) at, width, value);
        return new MutatedBytes(bytes, "word " + at + " (" + width + " bytes) = " + value);
    }

    private MutatedBytes sectionHeaderField(byte[] original, ElfFile elf) {
        byte[] bytes = original.clone();
        int section = random.nextInt(elf.header().sectionCount());
        // sh_name, sh_type, sh_flags, sh_offset, sh_size, sh_link, sh_info, sh_addralign, sh_entsize
        int[][] fields = {{0, 4}, {4, 4}, {8, 8}, {24, 8}, {32, 8}, {40, 4}, {44, 4}, {48, 8}, {56, 8}};
        int[] field = fields[random.nextInt(fields.length)];
        long value = interesting(original.length);
        int at = (int) elf.header().sectionHeaderOffset() + section * 64 + field[0];
        write(bytes, at, field[1], value);
        return new MutatedBytes(bytes, "section " + section + " field at +" + field[0] + " = " + value);
    }

    private long interesting(int fileLength) {
        return switch (random.nextInt(5)) {
            case 0 -> INTERESTING[random.nextInt(INTERESTING.length)];
            case 1 -> fileLength + random.nextInt(-16, 17);
            case 2 -> random.nextInt(64);
            case 3 -> random.nextLong();
            default -> random.nextInt() & 0xffff_ffffL;
        };
    }

    private static void write(byte[] bytes, int at, int width, long value) {
        for (int i = 0; i < width; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
