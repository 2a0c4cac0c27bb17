package dev.ringzero.kernel.ob;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The body of a Directory object: case-insensitive names (the case they were created with is
 * kept) mapping to object headers. Guarded by the ObjectManager's namespace lock.
 */
public final class ObjectDirectory {
    private final Map<String, ObjectHeader> entries = new TreeMap<>();

    ObjectDirectory() {}

    static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    ObjectHeader lookup(String name) {
        return entries.get(key(name));
    }

    void insert(String name, ObjectHeader header) {
        entries.put(key(name), header);
    }

    void remove(String name, ObjectHeader header) {
        entries.remove(key(name), header);
    }

    List<ObjectHeader> headers() {
        return new ArrayList<>(entries.values());
    }
}
