package dev.ringzero.kernel.ob;

import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.DirectoryAccess;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.abi.SecurityDescriptor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The object manager (Ob*): object types, object creation and insertion into the {@link Namespace},
 * opening by name, handles with their access checks, duplication and close.
 */
public final class ObjectManager {
    private static final int DUPLICATE_CLOSE_SOURCE = 0x1;
    private static final int DUPLICATE_SAME_ACCESS = 0x2;

    private final Map<String, ObjectType> typesByName = new ConcurrentHashMap<>();
    private final ObjectType typeType;
    private final ObjectType directoryType;
    private final ObjectType symbolicLinkType;
    private final Namespace namespace;

    public ObjectManager() {
        GenericMapping typeMapping = new GenericMapping(AccessMask.STANDARD_RIGHTS_READ | 1,
                AccessMask.STANDARD_RIGHTS_WRITE, AccessMask.STANDARD_RIGHTS_EXECUTE, 0x000F_0001);
        typeType = new ObjectType("Type", 0, new ObjectTypeInitializer(typeMapping, 0x001F_0001, false,
                ObjectTypeInitializer.DeleteProcedure.NONE, null));
        directoryType = new ObjectType("Directory", 1, new ObjectTypeInitializer(
                new GenericMapping(AccessMask.STANDARD_RIGHTS_READ | DirectoryAccess.QUERY | DirectoryAccess.TRAVERSE,
                        AccessMask.STANDARD_RIGHTS_WRITE | DirectoryAccess.CREATE_OBJECT | DirectoryAccess.CREATE_SUBDIRECTORY,
                        AccessMask.STANDARD_RIGHTS_EXECUTE | DirectoryAccess.QUERY | DirectoryAccess.TRAVERSE,
                        DirectoryAccess.ALL_ACCESS),
                DirectoryAccess.ALL_ACCESS, false, ObjectTypeInitializer.DeleteProcedure.NONE, null));
        symbolicLinkType = new ObjectType("SymbolicLink", 2, new ObjectTypeInitializer(
                new GenericMapping(AccessMask.STANDARD_RIGHTS_READ | 1, AccessMask.STANDARD_RIGHTS_WRITE,
                        AccessMask.STANDARD_RIGHTS_EXECUTE | 1, 0x000F_0001),
                0x000F_0001, false, ObjectTypeInitializer.DeleteProcedure.NONE, null));
        namespace = new Namespace(directoryType, symbolicLinkType);
        for (ObjectType type : List.of(typeType, directoryType, symbolicLinkType)) {
            publishType(type);
        }
    }

    // ---- types ---------------------------------------------------------------------------------

    /** ObCreateObjectType: a new type, published as {@code \ObjectTypes\<name>}. Types are never deleted. */
    public ObjectType createType(String name, ObjectTypeInitializer initializer) {
        namespace.lock();
        try {
            if (typesByName.containsKey(ObjectDirectory.key(name))) {
                throw new NtStatusException(NtStatus.OBJECT_NAME_COLLISION, "object type exists: " + name);
            }
            ObjectType type = new ObjectType(name, typesByName.size(), initializer);
            publishType(type);
            return type;
        } finally {
            namespace.unlock();
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
        namespace.insertName(namespace.objectTypes(), type.name(), ObjectHeader.permanent(typeType, type));
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
        namespace.lock();
        try {
            return namespace.sessionDirectory(session);
        } finally {
            namespace.unlock();
        }
    }

    // ---- object creation and insertion ---------------------------------------------------------

    /**
     * ObCreateObject: a new object of {@code type} around {@code body}, holding one pointer reference
     * that {@link #insert} hands over. Named objects, and unnamed ones of a type that requires security,
     * get the descriptor from {@code attributes} or the default for the caller; other unnamed objects
     * get only an explicit one.
     */
    public ObjectHeader create(ObjectType type, Object body, ObjectAttributes attributes, Caller caller) {
        checkAttributes(attributes);
        SecurityDescriptor sd = attributes.security();
        if (sd == null && (attributes.isNamed() || type.initializer().securityRequired())) {
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
            namespace.lock();
            try {
                Namespace.Resolution where = resolve(process, attributes, header.type());
                if (where.found() != null) {
                    return openExisting(process, where.found(), header.type(), desiredAccess, attributes);
                }
                namespace.insertName(where.parent(), where.leaf(), header);
                if (attributes.has(ObjectAttributes.PERMANENT)) {
                    header.setPermanent(true);
                    header.reference();
                }
                return new Inserted(createHandle(process, header, access, inherit), NtStatus.SUCCESS);
            } finally {
                namespace.unlock();
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
        namespace.lock();
        try {
            Namespace.Resolution where = resolve(process, attributes, type);
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
            namespace.unlock();
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
        namespace.lock();
        try {
            if (header.decrementHandles() == 0 && !header.permanent()) {
                namespace.removeName(header);
            }
        } finally {
            namespace.unlock();
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
            namespace.lock();
            try {
                handle = createHandle(target, header, access, inherit);
            } finally {
                namespace.unlock();
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
            namespace.lock();
            try {
                wasPermanent = header.permanent();
                if (wasPermanent) {
                    header.setPermanent(false);
                    if (header.handleCount() == 0) {
                        namespace.removeName(header);
                    }
                }
            } finally {
                namespace.unlock();
            }
            if (wasPermanent) {
                header.dereference();
            }
        }
    }

    // ---- kernel-mode names (drivers' devices and links) ----------------------------------------

    /**
     * Kernel-mode ObInsertObject with OBJ_PERMANENT and no handle: names {@code header} (made by
     * {@link #create}) at the absolute {@code name}, where it stays until {@link #deletePermanent}. Its
     * creation reference becomes the permanent one. STATUS_OBJECT_NAME_COLLISION when the name is taken
     * (the creation reference is then dropped).
     */
    public void insertPermanent(ObjectHeader header, String name) {
        boolean inserted = false;
        namespace.lock();
        try {
            Namespace.Resolution where = namespace.resolve(null, name, false);
            if (where.found() != null || where.parent() == null) {
                throw new NtStatusException(NtStatus.OBJECT_NAME_COLLISION, "name exists: " + name);
            }
            namespace.insertName(where.parent(), where.leaf(), header);
            header.setPermanent(true);
            inserted = true;
        } finally {
            namespace.unlock();
            if (!inserted) {
                header.dereference();
            }
        }
    }

    /**
     * IoCreateSymbolicLink: a permanent symbolic link at the absolute {@code name} to the absolute
     * {@code target}. STATUS_OBJECT_NAME_COLLISION when the name is taken.
     */
    public void createSymbolicLink(String name, String target) {
        if (target == null || !target.startsWith("\\")) {
            throw new NtStatusException(NtStatus.OBJECT_PATH_SYNTAX_BAD, "a link target must be absolute: " + target);
        }
        ObjectHeader link = new ObjectHeader(symbolicLinkType, new SymbolicLink(target), null);
        symbolicLinkType.objectCreated();
        insertPermanent(link, name);
    }

    /**
     * Kernel-mode deletion of a permanent object of {@code type} by its absolute {@code name}, the last
     * component not followed (IoDeleteDevice, IoDeleteSymbolicLink): the name goes at once, the object
     * when its last handle and reference go. STATUS_OBJECT_NAME_NOT_FOUND when nothing has that name,
     * STATUS_OBJECT_TYPE_MISMATCH when something of another type has.
     */
    public void deletePermanent(String name, ObjectType type) {
        ObjectHeader header;
        namespace.lock();
        try {
            header = namespace.resolve(null, name, false).found();
            if (header == null) {
                throw new NtStatusException(NtStatus.OBJECT_NAME_NOT_FOUND, "no object named " + name);
            }
            if (header.type() != type || !header.permanent()) {
                throw new NtStatusException(NtStatus.OBJECT_TYPE_MISMATCH, name + " is a "
                        + (header.permanent() ? "" : "temporary ") + header.type().name() + ", not a permanent " + type.name());
            }
            header.setPermanent(false);
            namespace.removeName(header);
        } finally {
            namespace.unlock();
        }
        header.dereference();
    }

    // ---- namespace -----------------------------------------------------------------------------

    /** WinObj-style listing of the directory at the absolute {@code path}. */
    public List<DirectoryEntry> list(String path) {
        namespace.lock();
        try {
            return namespace.list(path);
        } finally {
            namespace.unlock();
        }
    }

    /** Whether {@code path} (absolute, links followed) names an object now. */
    public boolean exists(String path) {
        namespace.lock();
        try {
            namespace.lookup(path);
            return true;
        } catch (NtStatusException e) {
            return false;
        } finally {
            namespace.unlock();
        }
    }

    /** Resolves the name of {@code attributes}, relative to its root directory handle if it has one. */
    private Namespace.Resolution resolve(KernelProcess process, ObjectAttributes attributes, ObjectType wanted) {
        ObjectHeader start = null;
        if (attributes.rootDirectory() != 0) {
            try (ObjectReference<ObjectDirectory> dir = referenceByHandle(process, attributes.rootDirectory(),
                    0, directoryType, ObjectDirectory.class)) {
                start = dir.header();
            }
        }
        boolean followLast = !attributes.has(ObjectAttributes.OPENLINK) && wanted != symbolicLinkType;
        return namespace.resolve(start, attributes.name(), followLast);
    }

    private static void checkAttributes(ObjectAttributes attributes) {
        if ((attributes.attributes() & ~ObjectAttributes.VALID) != 0) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "unknown object attributes 0x"
                    + Integer.toHexString(attributes.attributes() & ~ObjectAttributes.VALID));
        }
    }
}
