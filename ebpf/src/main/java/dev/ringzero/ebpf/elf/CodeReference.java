package dev.ringzero.ebpf.elf;

/**
 * What an instruction of a program section refers to, as its relocation (or, for a same-section
 * call, its pc-relative immediate) means it. {@code pc} is the instruction's slot index inside its
 * section (byte offset / 8), not inside its function.
 */
public sealed interface CodeReference {

    int pc();

    /** An lddw ({@code r = map ll}) loading the map {@code mapName}. */
    record MapReference(int pc, String mapName) implements CodeReference {
    }

    /**
     * An lddw loading the address of {@code offset} bytes into the global data section
     * {@code sectionName} (.data, .rodata, .bss, .rodata.str1.1, ...): the symbol's value plus the
     * instruction's immediate.
     */
    record GlobalDataReference(int pc, String sectionName, long offset) implements CodeReference {
    }

    /**
     * A bpf-to-bpf call ({@code call} with src 1) of the function at byte {@code targetOffset} of
     * section {@code targetSection}: either from a relocation (symbol value + (imm + 1) * 8, clang's
     * convention for calls against a section or function symbol) or, with no relocation, from the
     * pc-relative immediate (pc + imm + 1) inside the same section.
     */
    record CallReference(int pc, String targetSection, long targetOffset) implements CodeReference {

        /** The target's slot index inside {@code targetSection}. */
        public int targetSlot() {
            return (int) (targetOffset / 8);
        }
    }

    /** An lddw loading the address of the function at byte {@code targetOffset} of {@code targetSection} (a callback). */
    record FunctionReference(int pc, String targetSection, long targetOffset) implements CodeReference {

        public int targetSlot() {
            return (int) (targetOffset / 8);
        }
    }

    /** An lddw of an untyped {@code __ksym} extern: it loads the kernel symbol's {@code address} (from kallsyms). */
    record KernelSymbolReference(int pc, String symbolName, long address) implements CodeReference {
    }

    /**
     * An lddw or call of a symbol this object does not define (an extern, ksym or kfunc) and the loader
     * could not resolve; {@code problem} says why when known ({@code ""} otherwise).
     */
    record ExternReference(int pc, String symbolName, String problem) implements CodeReference {

        public ExternReference(int pc, String symbolName) {
            this(pc, symbolName, "");
        }
    }
}
