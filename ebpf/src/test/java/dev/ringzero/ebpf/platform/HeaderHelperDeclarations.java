package dev.ringzero.ebpf.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The helper declarations of a C header, read from lines of the form
 * {@code static RET (*const NAME)(ARGS) = (void *)ID;} (the project's headers) or
 * {@code static RET (*NAME)(ARGS) = (void *) ID;} (libbpf's bpf_helper_defs.h).
 */
record HeaderHelperDeclarations(Map<String, Declaration> byName) {

    record Declaration(String name, int id, String cPrototype) {}

    private static final Pattern DECLARATION = Pattern.compile(
            "^static\\s+(.+?)\\s*\\(\\*(?:const\\s+)?(\\w+)\\)\\((.*)\\)\\s*=\\s*\\(void\\s*\\*\\)\\s*(\\d+);\\s*$");

    static HeaderHelperDeclarations read(Path header) throws IOException {
        var declarations = new LinkedHashMap<String, Declaration>();
        for (String line : Files.readAllLines(header)) {
            var matcher = DECLARATION.matcher(line);
            if (matcher.matches()) {
                String returnType = matcher.group(1);
                String name = matcher.group(2);
                String separator = returnType.endsWith("*") ? "" : " ";
                String prototype = returnType + separator + name + "(" + matcher.group(3) + ")";
                declarations.put(name, new Declaration(name, Integer.parseInt(matcher.group(4)), prototype));
            }
        }
        return new HeaderHelperDeclarations(Map.copyOf(declarations));
    }
}
