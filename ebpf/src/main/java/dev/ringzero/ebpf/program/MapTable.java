package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.btf.Btf;
import dev.ringzero.ebpf.btf.BtfValueFormatter;
import dev.ringzero.ebpf.elf.MapDefinition;
import dev.ringzero.ebpf.maps.MapEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A map's contents as a table, the way eBPF Studio shows them: one row per entry, the key and each
 * member of the value in columns named after their BTF fields (raw hex when the map has no BTF types).
 * Rows are ordered by key.
 */
public final class MapTable {

    private final List<String> header;
    private final List<List<String>> rows;

    private MapTable(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static MapTable of(LoadedMap map, Optional<Btf> btf) {
        List<MapEntry> entries = new ArrayList<>(map.map().entries());
        entries.sort(Comparator.comparing(MapEntry::key, MapTable::compareLittleEndian));
        Optional<MapDefinition> definition = map.definition();
        Optional<BtfValueFormatter> formatter = btf.map(BtfValueFormatter::new);
        List<Map<String, String>> cells = new ArrayList<>();
        for (MapEntry entry : entries) {
            Map<String, String> row = new LinkedHashMap<>();
            row.putAll(columns(formatter, definition.map(MapDefinition::keyTypeId).orElse(0), "key", entry.key()));
            row.putAll(columns(formatter, definition.map(MapDefinition::valueTypeId).orElse(0), "value", entry.value()));
            cells.add(row);
        }
        List<String> header = cells.isEmpty() ? List.of("key", "value") : List.copyOf(cells.getFirst().keySet());
        List<List<String>> rows = cells.stream().map(row -> header.stream().map(c -> row.getOrDefault(c, "")).toList()).toList();
        return new MapTable(header, rows);
    }

    private static Map<String, String> columns(Optional<BtfValueFormatter> formatter, int typeId, String name, byte[] bytes) {
        if (formatter.isPresent() && typeId != 0) {
            return formatter.get().columns(name, typeId, bytes);
        }
        return Map.of(name, BtfValueFormatter.hex(bytes, 0, bytes.length));
    }

    public List<String> header() { return header; }

    public List<List<String>> rows() { return rows; }

    /** The table as text: a header, a rule of {@code =}, and one line per row; numbers right-aligned. */
    public List<String> lines() {
        int[] widths = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(header, widths, null));
        lines.add(line(header.stream().map(h -> "").toList(), widths, '='));
        for (List<String> row : rows) {
            lines.add(line(row, widths, null));
        }
        return lines;
    }

    private List<String> numericColumns() {
        List<String> numeric = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            final int column = c;
            if (!rows.isEmpty() && rows.stream().allMatch(r -> r.get(column).matches("-?\\d+"))) {
                numeric.add(header.get(c));
            }
        }
        return numeric;
    }

    private String line(List<String> cells, int[] widths, Character fill) {
        List<String> numeric = numericColumns();
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                s.append("  ");
            }
            String cell = fill != null ? String.valueOf(fill).repeat(widths[c]) : cells.get(c);
            boolean right = numeric.contains(header.get(c));
            String padding = " ".repeat(widths[c] - cell.length());
            s.append(right ? padding + cell : cell + (c == cells.size() - 1 ? "" : padding));
        }
        return s.toString();
    }

    private static int compareLittleEndian(byte[] a, byte[] b) {
        for (int i = Math.max(a.length, b.length) - 1; i >= 0; i--) {
            int x = i < a.length ? a[i] & 0xff : 0;
            int y = i < b.length ? b[i] & 0xff : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }
}
