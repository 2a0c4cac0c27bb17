package dev.ringzero.ebpf.btf;

import java.util.List;

/**
 * The parsed {@code .BTF.ext}: func_info and line_info records, in file order, with names resolved
 * through the {@code .BTF} string section, and the CO-RE relocation records (in file order).
 */
public record BtfExt(List<FuncInfo> funcInfos, List<LineInfo> lineInfos, List<CoreRelocation> coreRelocations) {

    public BtfExt {
        funcInfos = List.copyOf(funcInfos);
        lineInfos = List.copyOf(lineInfos);
        coreRelocations = List.copyOf(coreRelocations);
    }

    public BtfExt(List<FuncInfo> funcInfos, List<LineInfo> lineInfos) {
        this(funcInfos, lineInfos, List.of());
    }

    public static BtfExt empty() {
        return new BtfExt(List.of(), List.of(), List.of());
    }

    public List<FuncInfo> funcInfosIn(String section) {
        return funcInfos.stream().filter(f -> f.section().equals(section)).toList();
    }

    public List<LineInfo> lineInfosIn(String section) {
        return lineInfos.stream().filter(l -> l.section().equals(section)).toList();
    }
}
