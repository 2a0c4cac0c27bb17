package dev.ringzero.ebpf.elf;

import dev.ringzero.ebpf.btf.LineInfo;
import java.util.List;

/**
 * A program entry point: a global function of a non-{@code .text} executable section (the section name
 * is the program's type/attach string, e.g. {@code xdp}). Slots are still section-relative; a linker
 * appends the {@code .text} subprograms that {@link CodeReference.CallReference}s reach.
 */
public record Program(ProgramSection section, FunctionSymbol function) {

    public String name() {
        return function.name();
    }

    public String sectionName() {
        return section.name();
    }

    /** The entry function's own instruction bytes. */
    public byte[] code() {
        return section.code(function.startSlot(), function.endSlot());
    }

    /** References inside the entry function, with section-relative pcs. */
    public List<CodeReference> references() {
        return section.referencesBetween(function.startSlot(), function.endSlot());
    }

    /** Line infos inside the entry function. */
    public List<LineInfo> lineInfos() {
        return section.lineInfos().stream().filter(l -> function.contains(l.slot())).toList();
    }
}
