package dev.ringzero.kernel.ob;

import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.DirectoryAccess;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.abi.SecurityDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The object manager: the namespace of directories and symbolic links, the object types, object
 * creation and insertion (Ob*), handle creation, lookup with access checks, duplication and close.
 * One namespace lock serializes name lookups, insertions and the handle-count transitions of named
 * objects, so a name never resolves to an object whose last handle is being closed.
 */
public final class ObjectManager {
    /** Symbolic links are followed at most this many times per lookup. */
    static final int MAX_REPARSE = 32;

    private static final int DUPLICATE_CLOSE_SOURCE = 0x1;
    private static final int DUPLICATE_SAME_ACCESS = 0x2;

    private final ReentrantLock namespaceLock = new ReentrantLock();
    private final Map<String, ObjectType> typesByName = new ConcurrentHashMap<>();
    private final ObjectType typeType;
    private final ObjectType directoryType;
    private final ObjectType symbolicLinkType;
    private final ObjectHeader root;
    private final ObjectHeader objectTypes;

    public ObjectManager() {
        GenericMapping typeMapping = new GenericMapping(AccessMask.STANDARD_RIGHTS_READ | 1,
                AccessMask.STANDARD_RIGHTS_WRITE, AccessMask.STANDARD_RIGHTS_EXECUTE, 0x000F_0001);
        typeType = new ObjectType("Type", 0, new ObjectTypeInitializer(typeMapping, 0x001F_0001,
                ObjectTypeInitializer.DeleteProcedure.NONE, null));
        directoryType = new ObjectType("Directory", 1, new ObjectTypeInitializer(
                new GenericMapping(AccessMask.STANDARD_RIGHTS_READ | DirectoryAccess.QUERY | DirectoryAccess.TRAVERSE,
                        AccessMask.STANDARD_RIGHTS_WRITE | DirectoryAccess.CREATE_OBJECT | DirectoryAccess.CREATE_SUBDIRECTORY,
                        AccessMask.STANDARD_RIGHTS_EXECUTE | DirectoryAccess.QUERY | DirectoryAccess.TRAVERSE,
                        DirectoryAccess.ALL_ACCESS),
                DirectoryAccess.ALL_ACCESS, ObjectTypeInitializer.DeleteProcedure.NONE, null));
        symbolicLinkType = new ObjectType("SymbolicLink", 2, new ObjectTypeInitializer(
                new GenericMapping(AccessMask.STANDARD_RIGHTS_READ | 1, AccessMask.STANDARD_RIGHTS_WRITE,
                        AccessMask.STANDARD_RIGHTS_EXECUTE | 1, 0x000F_0001),
                0x000F_0001, ObjectTypeInitializer.DeleteProcedure.NONE, null));
        root = permanentSystemObject(directoryType, new ObjectDirectory());
        root.nameIn(null, "");
        objectTypes = mkdir(root, "ObjectTypes");
        for (ObjectType type : List.of(typeType, directoryType, symbolicLinkType)) {
            publishType(type);
        }
        ObjectHeader baseNamedObjects = mkdir(root, "BaseNamedObjects");
        link(baseNamedObjects, "Global", "\\BaseNamedObjects");
        link(baseNamedObjects, "Local", "\\BaseNamedObjects");
        mkdir(root, "Sessions");
        mkdir(root, "Device");
        mkdir(root, "??");
    }

    // ---- types ---------------------------------------------------------------------------------

    /** ObCreateObjectType: a new type, published as {@code \ObjectTypes\<name>}. Types are never deleted. */
    public ObjectType createType(String name, ObjectTypeInitializer initializer) {
        namespaceLock.lock();
        try {
            if (typesByName.containsKey(ObjectDirectory.key(name))) {
                throw new NtStatusException(NtStatus.OBJECT_NAME_COLLISION, "object type exists: " + name);
            }
            ObjectType type = new ObjectType(name, typesByName.size(), initializer);
            publishType(type);
            return type;
        } finally {
            namespaceLock.unlock();
        }
    }

    public ObjectType directoryType() { return directoryType; }

    public ObjectType symbolicLinkType() { return symbolicLinkType; }

    public ObjectType typeType() { return typeType; }

    /** The type named {@code name} (case-insensitive). */
    public ObjectType type(String name) {
        ObjectType type = typesByName.get(ObjectDirectory.key(name));
        if (type == null) {
            throw new NtStatusException(NtStatus.OBJECT_TYPE_MISMATCH, "no object type " + name);
        }
        return type;
    }

    private void publishType(ObjectType type) {
        typesByName.put(ObjectDirectory.key(type.name()), type);
        ObjectHeader header = permanentSystemObject(typeType, type);
        insertName(objectTypes.body(ObjectDirectory.class), type.name(), header);
    }

    // ---- processes and sessions ----------------------------------------------------------------

    /** A new client process; its session's {@code \Sessions\<N>\BaseNamedObjects} is created if needed. */
    public KernelProcess createProcess(Caller caller) {
        sessionDirectoryPath(caller.session());
        return new KernelProcess(caller, this);
    }

    /**
     * The base named objects directory of a session, as the articles' GetUserDirectoryRoot computes
     * it: {@code \BaseNamedObjects} for session 0, {@code \Sessions\<N>\BaseNamedObjects} otherwise.
     * Creates the session directory, with its {@code Global} and {@code Local} links, on first use.
     */
    public String sessionDirectoryPath(int session) {
        if (session == 0) {
            return "\\BaseNamedObjects";
        }
        String path = "\\Sessions\\" + session + "\\BaseNamedObjects";
        namespaceLock.lock();
        try {
            ObjectDirectory sessions = root.body(ObjectDirectory.class).lookup("Sessions").body(ObjectDirectory.class);
            ObjectHeader sessionDir = sessions.lookup(Integer.toString(session));
            if (sessionDir == null) {
                sessionDir = mkdir(root.body(ObjectDirectory.class).lookup("Sessions"), Integer.toString(session));
                ObjectHeader bno = mkdir(sessionDir, "BaseNamedObjects");
                link(bno, "Global", "\\BaseNamedObjects");
                link(bno, "Local", path);
            }
        } finally {
            namespaceLock.unlock();
        }
        return path;
    }

    // ---- object creation and insertion ---------------------------------------------------------

    /**
     * ObCreateObject: a new object of {@code type} around {@code body}, holding one pointer reference
     * that {@link #insert} hands over. Named objects get the descriptor from {@code attributes} or the
     * default for the caller; unnamed objects get only an explicit one.
     */
    public ObjectHeader create(ObjectType type, Object body, ObjectAttributes attributes, Caller caller) {
        checkAttributes(attributes);
        SecurityDescriptor sd = attributes.security();
        if (sd == null && attributes.isNamed()) {
            sd = SecurityDescriptor.defaultFor(caller.uid());
        }
        ObjectHeader header = new ObjectHeader(type, body, sd == null ? null : AccessCheck.mapped(sd, type));
        type.objectCreated();
        return header;
    }

    /**
     * ObInsertObject: gives the new object a handle in {@code process} with {@code desiredAccess}, and,
     * when named, a name. With OBJ_OPENIF an existing object of the same type is opened instead (after
     * an access check) and STATUS_OBJECT_NAME_EXISTS returned; another type is
     * STATUS_OBJECT_TYPE_MISMATCH; without OBJ_OPENIF an existing name is STATUS_OBJECT_NAME_COLLISION.
     * The creation reference is consumed in every case.
     */
    public Inserted insert(KernelProcess process, ObjectHeader header, int desiredAccess, ObjectAttributes attributes) {
        try {
            int access = AccessCheck.normalize(desiredAccess, header.type());
            if ((access & AccessMask.MAXIMUM_ALLOWED) != 0) {
                access = header.type().validAccessMask();
            }
            boolean inherit = attributes.has(ObjectAttributes.INHERIT);
            if (!attributes.isNamed()) {
                return new Inserted(createHandle(process, header, access, inherit), NtStatus.SUCCESS);
            }
            if (attributes.has(ObjectAttributes.PERMANENT) && !process.caller().isRoot()) {
                throw new NtStatusException(NtStatus.PRIVILEGE_NOT_HELD,
                        "OBJ_PERMANENT needs root (SeCreatePermanentPrivilege)");
            }
            namespaceLock.lock();
            try {
                Resolution where = resolve(process, attributes, header.type());
                if (where.found() != null) {
                    return openExisting(process, where.found(), header.type(), desiredAccess, attributes);
                }
                insertName(where.parent(), where.leaf(), header);
                if (attributes.has(ObjectAttributes.PERMANENT)) {
                    header.setPermanent(true);
                    header.reference();
                }
                return new Inserted(createHandle(process, header, access, inherit), NtStatus.SUCCESS);
            } finally {
                namespaceLock.unlock();
            }
        } finally {
            header.dereference();
        }
    }

    private Inserted openExisting(KernelProcess process, ObjectHeader existing, ObjectType type, int desiredAccess,
            ObjectAttributes attributes) {
        if (!attributes.has(ObjectAttributes.OPENIF)) {
            throw new NtStatusException(NtStatus.OBJECT_NAME_COLLISION, "name exists: " + attributes.name());
        }
        if (existing.type() != type) {
            throw new NtStatusException(NtStatus.OBJECT_TYPE_MISMATCH, attributes.name() + " is a "
                    + existing.type().name() + ", not a " + type.name());
        }
        int granted = AccessCheck.grant(existing.security(), process.caller(), desiredAccess, type);
        int handle = createHandle(process, existing, granted, attributes.has(ObjectAttributes.INHERIT));
        return new Inserted(handle, NtStatus.OBJECT_NAME_EXISTS);
    }

    /**
     * ObOpenObjectByName: a handle to the existing object named by {@code attributes}, of type
     * {@code type}, with {@code desiredAccess} if its security grants it.
     */
    public int openByName(KernelProcess process, ObjectAttributes attributes, ObjectType type, int desiredAccess) {
        checkAttributes(attributes);
        if (!attributes.isNamed()) {
            throw new NtStatusException(NtStatus.OBJECT_NAME_INVALID, "an object name is required");
        }
        namespaceLock.lock();
        try {
            Resolution where = resolve(process, attributes, type);
            ObjectHeader found = where.found();
            if (found == null) {
                throw new NtStatusException(NtStatus.OBJECT_NAME_NOT_FOUND, "no object named " + attributes.name());
            }
            if (found.type() != type) {
                throw new NtStatusException(NtStatus.OBJECT_TYPE_MISMATCH, attributes.name() + " is a "
                        + found.type().name() + ", not a " + type.name());
            }
            int granted = AccessCheck.grant(found.security(), process.caller(), desiredAccess, type);
            return createHandle(process, found, granted, attributes.has(ObjectAttributes.INHERIT));
        } finally {
            namespaceLock.unlock();
        }
    }

    // ---- handles -------------------------------------------------------------------------------

    private int createHandle(KernelProcess process, ObjectHeader header, int grantedAccess, boolean inherit) {
        header.reference();
        header.incrementHandles();
        header.type().handleOpened();
        try {
            return process.handles().insert(new HandleEntry(header, grantedAccess, inherit));
        } catch (NtStatusException e) {
            release(new HandleEntry(header, grantedAccess, inherit));
            throw e;
        }
    }

    /**
     * ObReferenceObjectByHandle: the object behind {@code handle}, which must be of {@code type} (null:
     * any type) and grant every bit of {@code desiredAccess}.
     */
    public <T> ObjectReference<T> referenceByHandle(KernelProcess process, int handle, int desiredAccess,
            ObjectType type, Class<T> bodyKind) {
        HandleEntry entry = process.handles().get(handle);
        if (entry == null) {
            throw new NtStatusException(NtStatus.INVALID_HANDLE, "not an open handle: 0x" + Integer.toHexString(handle));
        }
        ObjectHeader header = entry.object();
        if (type != null && header.type() != type) {
            throw new NtStatusException(NtStatus.OBJECT_TYPE_MISMATCH, "handle 0x" + Integer.toHexString(handle)
                    + " is a " + header.type().name() + ", not a " + type.name());
        }
        if (!bodyKind.isInstance(header.body())) {
            throw new NtStatusException(NtStatus.OBJECT_TYPE_MISMATCH, "handle 0x" + Integer.toHexString(handle)
                    + " is a " + header.type().name());
        }
        if (!AccessMask.grants(entry.grantedAccess(), desiredAccess)) {
            throw new NtStatusException(NtStatus.ACCESS_DENIED, "handle 0x" + Integer.toHexString(handle)
                    + " grants " + AccessMask.format(entry.grantedAccess()) + ", the operation needs "
                    + AccessMask.format(desiredAccess));
        }
        if (!header.tryReference()) {
            throw new NtStatusException(NtStatus.INVALID_HANDLE, "handle 0x" + Integer.toHexString(handle) + " was closed");
        }
        return new ObjectReference<>(header, bodyKind.cast(header.body()), entry.grantedAccess());
    }

    /** NtClose. */
    public void close(KernelProcess process, int handle) {
        HandleEntry entry = process.handles().remove(handle);
        if (entry == null) {
            throw new NtStatusException(NtStatus.INVALID_HANDLE, "not an open handle: 0x" + Integer.toHexString(handle));
        }
        release(entry);
    }

    void closeAll(KernelProcess process) {
        for (HandleEntry entry : process.handles().removeAll()) {
            release(entry);
        }
    }

    private void release(HandleEntry entry) {
        ObjectHeader header = entry.object();
        namespaceLock.lock();
        try {
            if (header.decrementHandles() == 0 && !header.permanent()) {
                removeName(header);
            }
        } finally {
            namespaceLock.unlock();
        }
        header.type().handleClosed();
        header.dereference();
    }

    /**
     * NtDuplicateObject: a new handle in {@code target} to the object behind {@code sourceHandle}.
     * With DUPLICATE_SAME_ACCESS (2) the access is copied; otherwise {@code desiredAccess} is granted if it
     * is a subset of the source handle's access or the object's security grants it to the target's
     * caller. DUPLICATE_CLOSE_SOURCE (1) closes the source handle.
     */
    public int duplicate(KernelProcess source, int sourceHandle, KernelProcess target, int desiredAccess,
            boolean inherit, int options) {
        if ((options & ~(DUPLICATE_CLOSE_SOURCE | DUPLICATE_SAME_ACCESS)) != 0) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "unknown duplicate options 0x" + Integer.toHexString(options));
        }
        try (ObjectReference<Object> ref = referenceByHandle(source, sourceHandle, 0, null, Object.class)) {
            ObjectHeader header = ref.header();
            int access;
            if ((options & DUPLICATE_SAME_ACCESS) != 0) {
                access = ref.grantedAccess();
            } else {
                int wanted = AccessCheck.normalize(desiredAccess, header.type());
                if ((wanted & AccessMask.MAXIMUM_ALLOWED) == 0 && AccessMask.grants(ref.grantedAccess(), wanted)) {
                    access = wanted;
                } else {
                    access = AccessCheck.grant(header.security(), target.caller(), desiredAccess, header.type());
                }
            }
            int handle;
            namespaceLock.lock();
            try {
                handle = createHandle(target, header, access, inherit);
            } finally {
                namespaceLock.unlock();
            }
            if ((options & DUPLICATE_CLOSE_SOURCE) != 0) {
                close(source, sourceHandle);
            }
            return handle;
        }
    }

    /** NtMakeTemporaryObject: clears the permanent flag (needs DELETE); the name goes with the last handle. */
    public void makeTemporary(KernelProcess process, int handle) {
        try (ObjectReference<Object> ref = referenceByHandle(process, handle, AccessMask.DELETE, null, Object.class)) {
            ObjectHeader header = ref.header();
            boolean wasPermanent;
            namespaceLock.lock();
            try {
                wasPermanent = header.permanent();
                if (wasPermanent) {
                    header.setPermanent(false);
                    if (header.handleCount() == 0) {
                        removeName(header);
                    }
                }
            } finally {
                namespaceLock.unlock();
            }
            if (wasPermanent) {
                header.dereference();
            }
        }
    }

    // ---- namespace -----------------------------------------------------------------------------

    /** WinObj-style listing of the directory at the absolute {@code path}. */
    public List<DirectoryEntry> list(String path) {
        namespaceLock.lock();
        try {
            ObjectHeader header = lookupAbsolute(path);
            if (header.type() != directoryType) {
                throw new NtStatusException(NtStatus.OBJECT_TYPE_MISMATCH, path + " is not a directory");
            }
            List<DirectoryEntry> entries = new ArrayList<>();
            for (ObjectHeader h : header.body(ObjectDirectory.class).headers()) {
                String target = h.body() instanceof SymbolicLink link ? link.target() : null;
                entries.add(new DirectoryEntry(h.name(), h.type().name(), target));
            }
            return entries;
        } finally {
            namespaceLock.unlock();
        }
    }

    /** Whether {@code path} (absolute, links followed) names an object now. */
    public boolean exists(String path) {
        namespaceLock.lock();
        try {
            lookupAbsolute(path);
            return true;
        } catch (NtStatusException e) {
            return false;
        } finally {
            namespaceLock.unlock();
        }
    }

    private ObjectHeader lookupAbsolute(String path) {
        Resolution where = resolve(null, ObjectAttributes.absolute(path, 0), directoryType);
        if (where.found() == null) {
            throw new NtStatusException(NtStatus.OBJECT_NAME_NOT_FOUND, "no object named " + path);
        }
        return where.found();
    }

    private record Resolution(ObjectDirectory parent, String leaf, ObjectHeader found) {}

    /**
     * Walks the name in {@code attributes} from the root or from its root directory handle, following
     * symbolic links (also the last component, unless OBJ_OPENLINK or a SymbolicLink is wanted).
     */
    private Resolution resolve(KernelProcess process, ObjectAttributes attributes, ObjectType wanted) {
        String name = attributes.name();
        ObjectPath.checkLength(name);
        ObjectHeader start;
        if (attributes.rootDirectory() != 0) {
            if (name.startsWith("\\")) {
                throw new NtStatusException(NtStatus.OBJECT_PATH_SYNTAX_BAD,
                        "a name relative to a directory handle cannot start with \\: " + name);
            }
            try (ObjectReference<ObjectDirectory> dir = referenceByHandle(process, attributes.rootDirectory(),
                    0, directoryType, ObjectDirectory.class)) {
                start = dir.header();
            }
        } else {
            if (!name.startsWith("\\")) {
                throw new NtStatusException(NtStatus.OBJECT_PATH_SYNTAX_BAD, "an absolute name must start with \\: " + name);
            }
            start = root;
            name = name.substring(1);
        }
        boolean followLast = !attributes.has(ObjectAttributes.OPENLINK) && wanted != symbolicLinkType;
        List<String> remaining = ObjectPath.components(name);
        ObjectHeader current = start;
        int reparses = 0;
        if (remaining.isEmpty()) {
            return new Resolution(null, "", current);
        }
        int i = 0;
        while (true) {
            ObjectDirectory dir = current.body(ObjectDirectory.class);
            String component = remaining.get(i);
            ObjectHeader next = dir.lookup(component);
            boolean last = i == remaining.size() - 1;
            if (next != null && next.body() instanceof SymbolicLink link && (!last || followLast)) {
                if (++reparses > MAX_REPARSE) {
                    throw new NtStatusException(NtStatus.OBJECT_PATH_NOT_FOUND, "too many symbolic links in " + attributes.name());
                }
                List<String> rest = remaining.subList(i + 1, remaining.size());
                String target = link.target().substring(1);
                List<String> joined = new ArrayList<>(ObjectPath.components(target));
                joined.addAll(rest);
                remaining = joined;
                current = root;
                i = 0;
                if (remaining.isEmpty()) {
                    return new Resolution(null, "", root);
                }
                continue;
            }
            if (last) {
                return new Resolution(dir, component, next);
            }
            if (next == null) {
                throw new NtStatusException(NtStatus.OBJECT_PATH_NOT_FOUND, "no directory " + component + " in " + attributes.name());
            }
            if (next.type() != directoryType) {
                throw new NtStatusException(NtStatus.OBJECT_PATH_NOT_FOUND, component + " is a " + next.type().name()
                        + ", not a directory, in " + attributes.name());
            }
            current = next;
            i++;
        }
    }

    private void insertName(ObjectDirectory dir, String name, ObjectHeader header) {
        dir.insert(name, header);
        header.nameIn(dir, name);
    }

    private void removeName(ObjectHeader header) {
        ObjectDirectory dir = header.directory();
        if (dir != null) {
            dir.remove(header.name(), header);
            header.unname();
        }
    }

    private ObjectHeader permanentSystemObject(ObjectType type, Object body) {
        ObjectHeader header = new ObjectHeader(type, body, null);
        type.objectCreated();
        header.setPermanent(true);
        return header;
    }

    private ObjectHeader mkdir(ObjectHeader parent, String name) {
        ObjectHeader dir = permanentSystemObject(directoryType, new ObjectDirectory());
        insertName(parent.body(ObjectDirectory.class), name, dir);
        return dir;
    }

    private void link(ObjectHeader parent, String name, String target) {
        ObjectHeader link = permanentSystemObject(symbolicLinkType, new SymbolicLink(target));
        insertName(parent.body(ObjectDirectory.class), name, link);
    }

    private static void checkAttributes(ObjectAttributes attributes) {
        if ((attributes.attributes() & ~ObjectAttributes.VALID) != 0) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "unknown object attributes 0x"
                    + Integer.toHexString(attributes.attributes() & ~ObjectAttributes.VALID));
        }
    }
}
