package dev.ringzero.ebpf.elf;

import dev.ringzero.ebpf.btf.BtfExt;
import dev.ringzero.ebpf.btf.FuncInfo;
import dev.ringzero.ebpf.btf.LineInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds a {@link ProgramSection} from an executable section, its symbols, relocations and BTF.ext records. */
final class ProgramSectionReader {

    private ProgramSectionReader() {
    }

    static ProgramSection read(ElfFile elf, SectionHeader section, CodeReferenceResolver resolver, BtfExt btfExt) {
        if (section.size() % 8 != 0) {
            throw new MalformedElfException(section.describe() + ": size " + section.size()
                    + " is not a multiple of the 8-byte instruction size");
        }
        byte[] code = elf.contents(section);
        List<FunctionSymbol> functions = new ArrayList<>();
        List<CodeLabel> labels = new ArrayList<>();
        for (ElfSymbol symbol : elf.symbolsIn(section.index())) {
            if (symbol.isSection() || symbol.name().isEmpty()) {
                continue;
            }
            String what = "symbol " + symbol.index() + " (" + symbol.name() + ") in " + section.describe();
            if (symbol.value() < 0 || symbol.value() % 8 != 0 || symbol.value() > code.length) {
                throw new MalformedElfException(what + ": value " + Long.toUnsignedString(symbol.value())
                        + " is not an instruction boundary of the section (size " + code.length + ")");
            }
            if (symbol.isFunction()) {
                if (symbol.size() < 0 || symbol.size() % 8 != 0 || symbol.size() > code.length - symbol.value()) {
                    throw new MalformedElfException(what + ": offset " + symbol.value() + " + size "
                            + Long.toUnsignedString(symbol.size()) + " > section size " + code.length);
                }
                functions.add(new FunctionSymbol(symbol.name(), symbol.value(), symbol.size(), symbol.isGlobal()));
            } else {
                labels.add(new CodeLabel(symbol.name(), (int) (symbol.value() / 8)));
            }
        }
        functions.sort(Comparator.comparingLong(FunctionSymbol::offset));
        labels.sort(Comparator.comparingInt(CodeLabel::slot));
        List<LineInfo> lineInfos = new ArrayList<>(btfExt.lineInfosIn(section.name()));
        List<FuncInfo> funcInfos = new ArrayList<>(btfExt.funcInfosIn(section.name()));
        for (LineInfo info : lineInfos) {
            requireInstruction(section, info.insnOffset(), "line_info");
        }
        for (FuncInfo info : funcInfos) {
            requireInstruction(section, info.insnOffset(), "func_info");
        }
        lineInfos.sort(Comparator.comparingLong(LineInfo::insnOffset));
        funcInfos.sort(Comparator.comparingLong(FuncInfo::insnOffset));
        return new ProgramSection(section.name(), section.index(), code, functions, labels,
                resolver.resolve(section, code), lineInfos, funcInfos);
    }

    private static void requireInstruction(SectionHeader section, long insnOffset, String what) {
        if (insnOffset % 8 != 0 || insnOffset >= section.size()) {
            throw new MalformedElfException(".BTF.ext " + what + " for " + section.describe() + ": instruction offset "
                    + insnOffset + " is not an instruction of the section (size " + section.size() + ")");
        }
    }
}
