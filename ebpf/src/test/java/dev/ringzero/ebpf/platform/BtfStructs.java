package dev.ringzero.ebpf.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The structure layouts clang recorded in an object's BTF, as {@code bpftool btf dump file} prints
 * them: member name → (byte offset, byte size), with anonymous structs and unions flattened.
 */
final class BtfStructs {
    record Member(int offset, int size) {}

    private record Type(String kind, String name, Map<String, String> attributes, List<String[]> members) {}

    private static final Pattern TYPE_LINE = Pattern.compile("^\\[(\\d+)] (\\w+) '([^']*)'(.*)$");
    private static final Pattern MEMBER_LINE = Pattern.compile("^\\s+'([^']*)' type_id=(\\d+) bits_offset=(\\d+)");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=([^ ,]+)");

    private final Map<Integer, Type> types;

    private BtfStructs(Map<Integer, Type> types) {
        this.types = types;
    }

    /** The object's BTF, or empty when bpftool is not installed. */
    static Optional<BtfStructs> of(Path object) throws IOException, InterruptedException {
        Optional<Path> bpftool = findBpftool();
        if (bpftool.isEmpty()) {
            return Optional.empty();
        }
        Process process = new ProcessBuilder(bpftool.get().toString(), "btf", "dump", "file", object.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("bpftool btf dump file " + object + " failed: " + output);
        }
        return Optional.of(new BtfStructs(parse(output)));
    }

    /** The members of the struct (or typedef of a struct) with this name. */
    Map<String, Member> members(String structName) {
        var found = types.values().stream()
                .filter(type -> type.name.equals(structName) && (type.kind.equals("STRUCT") || type.kind.equals("TYPEDEF")))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no struct " + structName + " in the BTF"));
        var members = new LinkedHashMap<String, Member>();
        flatten(resolve(found), 0, members);
        return members;
    }

    /** The size of the struct (or typedef of a struct) with this name. */
    int size(String structName) {
        return types.values().stream()
                .filter(type -> type.name.equals(structName))
                .findFirst()
                .map(type -> sizeOf(resolve(type)))
                .orElseThrow(() -> new IllegalArgumentException("no struct " + structName + " in the BTF"));
    }

    private void flatten(Type struct, int base, Map<String, Member> into) {
        for (String[] member : struct.members) {
            Type type = resolve(types.get(Integer.parseInt(member[1])));
            int offset = base + Integer.parseInt(member[2]) / 8;
            if (member[0].equals("(anon)")) {
                flatten(type, offset, into);
            } else {
                into.put(member[0], new Member(offset, sizeOf(type)));
            }
        }
    }

    private Type resolve(Type type) {
        while (type.kind.equals("TYPEDEF") || type.kind.equals("CONST") || type.kind.equals("VOLATILE")) {
            type = types.get(Integer.parseInt(type.attributes.get("type_id")));
        }
        return type;
    }

    private int sizeOf(Type type) {
        return switch (type.kind) {
            case "PTR" -> 8;
            case "ARRAY" -> Integer.parseInt(type.attributes.get("nr_elems"))
                    * sizeOf(resolve(types.get(Integer.parseInt(type.attributes.get("type_id")))));
            default -> Integer.parseInt(type.attributes.get("size"));
        };
    }

    private static Map<Integer, Type> parse(String dump) {
        var types = new HashMap<Integer, Type>();
        Type current = null;
        for (String line : dump.split("\n")) {
            var typeLine = TYPE_LINE.matcher(line);
            var memberLine = MEMBER_LINE.matcher(line);
            if (typeLine.matches()) {
                var attributes = new HashMap<String, String>();
                var attribute = ATTRIBUTE.matcher(typeLine.group(4));
                while (attribute.find()) {
                    attributes.put(attribute.group(1), attribute.group(2));
                }
                current = new Type(typeLine.group(2), typeLine.group(3), attributes, new ArrayList<>());
                types.put(Integer.parseInt(typeLine.group(1)), current);
            } else if (memberLine.find() && current != null) {
                current.members.add(new String[] {memberLine.group(1), memberLine.group(2), memberLine.group(3)});
            }
        }
        return types;
    }

    private static Optional<Path> findBpftool() {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")) {
            Path candidate = Path.of(dir, "bpftool");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
