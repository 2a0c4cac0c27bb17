package dev.ringzero.ebpf.program;

import dev.ringzero.ebpf.btf.Btf;
import dev.ringzero.ebpf.btf.BtfValueFormatter;
import dev.ringzero.ebpf.elf.MapDefinition;
import dev.ringzero.ebpf.maps.BpfLruPerCpuHashMap;
import dev.ringzero.ebpf.maps.BpfMap;
import dev.ringzero.ebpf.maps.BpfPerCpuArrayMap;
import dev.ringzero.ebpf.maps.BpfPerCpuHashMap;
import dev.ringzero.ebpf.maps.BpfQueueMap;
import dev.ringzero.ebpf.maps.BpfRingBuffer;
import dev.ringzero.ebpf.maps.BpfStackMap;
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
 * Rows are ordered by key; per-CPU maps get a column per CPU; queues and stacks list their values
 * (oldest first, top last); a ring buffer's records are consumed and shown in hex.
 */
public final class MapTable {

    private final List<String> header;
    private final List<List<String>> rows;

    private MapTable(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static MapTable of(LoadedMap map, Optional<Btf> btf) {
        Optional<MapDefinition> definition = map.definition();
        Optional<BtfValueFormatter> formatter = btf.map(BtfValueFormatter::new);
        int keyType = definition.map(MapDefinition::keyTypeId).orElse(0);
        int valueType = definition.map(MapDefinition::valueTypeId).orElse(0);
        List<Map<String, String>> cells = new ArrayList<>();
        BpfMap bpfMap = map.map();
        switch (bpfMap) {
            case BpfQueueMap queue -> queue.values().forEach(v -> cells.add(columns(formatter, valueType, "value", v)));
            case BpfStackMap stack -> stack.values().forEach(v -> cells.add(columns(formatter, valueType, "value", v)));
            case BpfRingBuffer ring -> ring.consume().forEach(record ->
                    cells.add(Map.of("record", BtfValueFormatter.hex(record, 0, record.length))));
            default -> {
                List<MapEntry> entries = new ArrayList<>(bpfMap.entries());
                entries.sort(Comparator.comparing(MapEntry::key, MapTable::compareLittleEndian));
                int cpus = perCpu(bpfMap);
                for (MapEntry entry : entries) {
                    Map<String, String> row = new LinkedHashMap<>(columns(formatter, keyType, "key", entry.key()));
                    if (cpus > 0) {
                        int stride = (bpfMap.valueSize() + 7) / 8 * 8;
                        for (int cpu = 0; cpu < cpus; cpu++) {
                            byte[] slice = java.util.Arrays.copyOfRange(entry.value(), cpu * stride, cpu * stride + bpfMap.valueSize());
                            row.put("cpu" + cpu, formatter.isPresent() && valueType != 0
                                    ? formatter.get().format(valueType, slice) : BtfValueFormatter.hex(slice, 0, slice.length));
                        }
                    } else {
                        row.putAll(columns(formatter, valueType, "value", entry.value()));
                    }
                    cells.add(row);
                }
            }
        }
        List<String> header = cells.isEmpty() ? List.of(bpfMap instanceof BpfRingBuffer ? "record" : "value")
                : List.copyOf(cells.getFirst().keySet());
        List<List<String>> rows = cells.stream().map(row -> header.stream().map(c -> row.getOrDefault(c, "")).toList()).toList();
        return new MapTable(header, rows);
    }

    private static int perCpu(BpfMap map) {
        return switch (map) {
            case BpfPerCpuHashMap m -> m.cpus();
            case BpfPerCpuArrayMap m -> m.cpus();
            case BpfLruPerCpuHashMap m -> m.cpus();
            default -> 0;
        };
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
        List<String> numeric = numericColumns();
        List<String> lines = new ArrayList<>();
        lines.add(line(header, widths, numeric, null));
        lines.add(line(header.stream().map(h -> "").toList(), widths, numeric, '='));
        for (List<String> row : rows) {
            lines.add(line(row, widths, numeric, null));
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

    private String line(List<String> cells, int[] widths, List<String> numeric, Character fill) {
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
