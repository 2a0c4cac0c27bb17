package dev.ringzero.ebpf.btf;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code .BTF.ext}: the header, the func_info and line_info subsections (each a record size
 * followed by per-section blocks {@code {sec_name_off, num_info, records...}}) and, when the header is
 * long enough to describe it, the CO-RE relocation subsection in the same layout.
 */
public final class BtfExtParser {

    private static final int HEADER_MIN = 24;
    private static final int FUNC_INFO_MIN = 8;
    private static final int LINE_INFO_MIN = 16;
    private static final int CORE_HEADER_MIN = 32;
    private static final int CORE_RELO_MIN = 16;

    private final BtfBytes in;
    private final Btf btf;

    private BtfExtParser(byte[] bytes, Btf btf) {
        this.in = new BtfBytes(bytes);
        this.btf = btf;
    }

    public static BtfExt parse(byte[] bytes, Btf btf) {
        return new BtfExtParser(bytes, btf).parse();
    }

    private BtfExt parse() {
        if (in.length() < HEADER_MIN) {
            throw new MalformedBtfException(".BTF.ext too short for a header: " + in.length() + " < " + HEADER_MIN + " bytes");
        }
        int magic = in.u16(0, ".BTF.ext magic");
        if (magic != BtfParser.MAGIC) {
            throw new MalformedBtfException(".BTF.ext magic 0x" + Integer.toHexString(magic) + " is not 0xeb9f");
        }
        int version = in.u8(2, ".BTF.ext version");
        if (version != 1) {
            throw new MalformedBtfException(".BTF.ext version " + version + " is not 1");
        }
        long headerLength = in.u32(4, ".BTF.ext hdr_len");
        if (headerLength < HEADER_MIN || headerLength > in.length()) {
            throw new MalformedBtfException(".BTF.ext hdr_len " + headerLength + " outside [" + HEADER_MIN + ", " + in.length() + "]");
        }
        List<FuncInfo> funcInfos = new ArrayList<>();
        List<LineInfo> lineInfos = new ArrayList<>();
        readSubsection("func_info", headerLength + in.u32(8, "func_info_off"), in.u32(12, "func_info_len"),
                FUNC_INFO_MIN, (section, record) -> funcInfos.add(
                        new FuncInfo(section, in.u32(record, "func_info insn_off"), in.i32(record + 4, "func_info type_id"))));
        readSubsection("line_info", headerLength + in.u32(16, "line_info_off"), in.u32(20, "line_info_len"),
                LINE_INFO_MIN, (section, record) -> lineInfos.add(lineInfo(section, record)));
        for (FuncInfo info : funcInfos) {
            btf.type(info.typeId());
        }
        List<CoreRelocation> coreRelocations = new ArrayList<>();
        if (headerLength >= CORE_HEADER_MIN) {
            readSubsection("core_relo", headerLength + in.u32(24, "core_relo_off"), in.u32(28, "core_relo_len"),
                    CORE_RELO_MIN, (section, record) -> coreRelocations.add(coreRelocation(section, record)));
        }
        return new BtfExt(funcInfos, lineInfos, coreRelocations);
    }

    private CoreRelocation coreRelocation(String section, long record) {
        long insnOffset = in.u32(record, "core_relo insn_off");
        int typeId = in.i32(record + 4, "core_relo type_id");
        btf.type(typeId);
        String access = btf.string(in.u32(record + 8, "core_relo access_str_off"));
        return new CoreRelocation(section, insnOffset, typeId, access, in.i32(record + 12, "core_relo kind"));
    }

    private LineInfo lineInfo(String section, long record) {
        long insnOffset = in.u32(record, "line_info insn_off");
        String fileName = btf.string(in.u32(record + 4, "line_info file_name_off"));
        String lineText = btf.string(in.u32(record + 8, "line_info line_off"));
        long lineColumn = in.u32(record + 12, "line_info line_col");
        return new LineInfo(section, insnOffset, fileName, lineText, (int) (lineColumn >>> 10), (int) (lineColumn & 0x3ff));
    }

    private interface RecordReader {
        void read(String section, long recordOffset);
    }

    private void readSubsection(String what, long offset, long length, int minimumRecordSize, RecordReader reader) {
        if (length == 0) {
            return;
        }
        in.requireRange(offset, length, ".BTF.ext " + what);
        long end = offset + length;
        long recordSize = in.u32(offset, ".BTF.ext " + what + " rec_size");
        if (recordSize < minimumRecordSize || recordSize > length) {
            throw new MalformedBtfException(".BTF.ext " + what + " record size " + recordSize + " outside ["
                    + minimumRecordSize + ", " + length + "]");
        }
        long at = offset + 4;
        while (at < end) {
            if (end - at < 8) {
                throw new MalformedBtfException(".BTF.ext " + what + ": truncated section block at offset " + at);
            }
            String section = btf.string(in.u32(at, ".BTF.ext " + what + " sec_name_off"));
            long count = in.u32(at + 4, ".BTF.ext " + what + " num_info");
            at += 8;
            if (count > (end - at) / recordSize) {
                throw new MalformedBtfException(".BTF.ext " + what + " for section " + section + ": " + count
                        + " records of " + recordSize + " bytes extend past the subsection end " + end);
            }
            for (long i = 0; i < count; i++) {
                reader.read(section, at);
                at += recordSize;
            }
        }
    }
}
