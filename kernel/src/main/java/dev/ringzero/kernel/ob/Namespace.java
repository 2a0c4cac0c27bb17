package dev.ringzero.kernel.ob;

import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The object namespace: the root directory, the standard directories and links, name resolution
 * (following symbolic links) and the naming of objects. Every method expects the namespace lock,
 * which the {@link ObjectManager} holds around lookups, insertions and the handle-count transitions of
 * named objects, so a name never resolves to an object whose last handle is being closed.
 */
final class Namespace {
    /** Symbolic links are followed at most this many times per lookup. */
    static final int MAX_REPARSE = 32;

    private final ReentrantLock lock = new ReentrantLock();
    private final ObjectType directoryType;
    private final ObjectType symbolicLinkType;
    private final ObjectHeader root;
    private final ObjectHeader objectTypes;
    private final ObjectHeader sessions;

    /** Where a name leads: its parent directory and last component, and the object found there, if any. */
    record Resolution(ObjectDirectory parent, String leaf, ObjectHeader found) {}

    Namespace(ObjectType directoryType, ObjectType symbolicLinkType) {
        this.directoryType = directoryType;
        this.symbolicLinkType = symbolicLinkType;
        root = ObjectHeader.permanent(directoryType, new ObjectDirectory());
        root.nameIn(null, "");
        objectTypes = mkdir(root, "ObjectTypes");
        ObjectHeader baseNamedObjects = mkdir(root, "BaseNamedObjects");
        link(baseNamedObjects, "Global", "\\BaseNamedObjects");
        link(baseNamedObjects, "Local", "\\BaseNamedObjects");
        sessions = mkdir(root, "Sessions");
        mkdir(root, "Device");
        mkdir(root, "??");
    }

    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }

    ObjectDirectory objectTypes() {
        return objectTypes.body(ObjectDirectory.class);
    }

    /**
     * The base named objects directory of a session ({@code \BaseNamedObjects} for session 0), created
     * with its {@code Global} and {@code Local} links on first use.
     */
    String sessionDirectory(int session) {
        if (session == 0) {
            return "\\BaseNamedObjects";
        }
        String path = "\\Sessions\\" + session + "\\BaseNamedObjects";
        String id = Integer.toString(session);
        if (sessions.body(ObjectDirectory.class).lookup(id) == null) {
            ObjectHeader bno = mkdir(mkdir(sessions, id), "BaseNamedObjects");
            link(bno, "Global", "\\BaseNamedObjects");
            link(bno, "Local", path);
        }
        return path;
    }

    /**
     * Walks {@code name}: absolute (leading backslash) when {@code start} is null, else relative to the
     * directory {@code start}. Symbolic links are followed, the last component too when
     * {@code followLast}.
     */
    Resolution resolve(ObjectHeader start, String name, boolean followLast) {
        ObjectPath.checkLength(name);
        String relative;
        if (start != null) {
            if (name.startsWith("\\")) {
                throw new NtStatusException(NtStatus.OBJECT_PATH_SYNTAX_BAD,
                        "a name relative to a directory handle cannot start with \\: " + name);
            }
            relative = name;
        } else {
            if (!name.startsWith("\\")) {
                throw new NtStatusException(NtStatus.OBJECT_PATH_SYNTAX_BAD, "an absolute name must start with \\: " + name);
            }
            start = root;
            relative = name.substring(1);
        }
        List<String> remaining = ObjectPath.components(relative);
        ObjectHeader current = start;
        int reparses = 0;
        int i = 0;
        while (i < remaining.size()) {
            ObjectDirectory dir = current.body(ObjectDirectory.class);
            String component = remaining.get(i);
            ObjectHeader next = dir.lookup(component);
            boolean last = i == remaining.size() - 1;
            if (next != null && next.body() instanceof SymbolicLink link && (!last || followLast)) {
                if (++reparses > MAX_REPARSE) {
                    throw new NtStatusException(NtStatus.OBJECT_PATH_NOT_FOUND, "too many symbolic links in " + name);
                }
                List<String> joined = new ArrayList<>(ObjectPath.components(link.target().substring(1)));
                joined.addAll(remaining.subList(i + 1, remaining.size()));
                remaining = joined;
                current = root;
                i = 0;
                continue;
            }
            if (last) {
                return new Resolution(dir, component, next);
            }
            if (next == null) {
                throw new NtStatusException(NtStatus.OBJECT_PATH_NOT_FOUND, "no directory " + component + " in " + name);
            }
            if (next.type() != directoryType) {
                throw new NtStatusException(NtStatus.OBJECT_PATH_NOT_FOUND, component + " is a " + next.type().name()
                        + ", not a directory, in " + name);
            }
            current = next;
            i++;
        }
        return new Resolution(null, "", current);
    }

    /** The object at the absolute {@code path}, links followed; STATUS_OBJECT_NAME_NOT_FOUND if none. */
    ObjectHeader lookup(String path) {
        Resolution where = resolve(null, path, true);
        if (where.found() == null) {
            throw new NtStatusException(NtStatus.OBJECT_NAME_NOT_FOUND, "no object named " + path);
        }
        return where.found();
    }

    /** The entries of the directory at {@code path}. */
    List<DirectoryEntry> list(String path) {
        ObjectHeader header = lookup(path);
        if (header.type() != directoryType) {
            throw new NtStatusException(NtStatus.OBJECT_TYPE_MISMATCH, path + " is not a directory");
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        for (ObjectHeader h : header.body(ObjectDirectory.class).headers()) {
            String target = h.body() instanceof SymbolicLink link ? link.target() : null;
            entries.add(new DirectoryEntry(h.name(), h.type().name(), target));
        }
        return entries;
    }

    void insertName(ObjectDirectory dir, String name, ObjectHeader header) {
        dir.insert(name, header);
        header.nameIn(dir, name);
    }

    void removeName(ObjectHeader header) {
        ObjectDirectory dir = header.directory();
        if (dir != null) {
            dir.remove(header.name(), header);
            header.unname();
        }
    }

    private ObjectHeader mkdir(ObjectHeader parent, String name) {
        ObjectHeader dir = ObjectHeader.permanent(directoryType, new ObjectDirectory());
        insertName(parent.body(ObjectDirectory.class), name, dir);
        return dir;
    }

    private void link(ObjectHeader parent, String name, String target) {
        ObjectHeader link = ObjectHeader.permanent(symbolicLinkType, new SymbolicLink(target));
        insertName(parent.body(ObjectDirectory.class), name, link);
    }
}
