package dev.ringzero.client;

import dev.ringzero.kernel.abi.DirectoryAccess;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.abi.SecurityDescriptor;

/**
 * The articles' GetUserDirectoryRoot and the OBJECT_ATTRIBUTES the Win32 layer builds: names are
 * relative to the caller's session directory ({@code \BaseNamedObjects} in session 0,
 * {@code \Sessions\<N>\BaseNamedObjects} otherwise), opened once and kept for the life of the API.
 * {@code Global\} and {@code Local\} prefixes resolve through the links in that directory.
 */
final class SessionNamespace {
    private final NativeApi api;
    private volatile int root;

    SessionNamespace(NativeApi api) {
        this.api = api;
    }

    /** The session's base named objects directory path. */
    static String directoryOf(int session) {
        return session == 0 ? "\\BaseNamedObjects" : "\\Sessions\\" + session + "\\BaseNamedObjects";
    }

    int root() {
        int handle = root;
        if (handle == 0) {
            synchronized (this) {
                if (root == 0) {
                    String path = directoryOf(api.ntQueryProcess().session());
                    HandleResult r = api.ntOpenDirectoryObject(DirectoryAccess.QUERY | DirectoryAccess.TRAVERSE,
                            ObjectAttributes.absolute(path, ObjectAttributes.CASE_INSENSITIVE));
                    if (!r.status().isSuccess()) {
                        throw new NtStatusException(r.status(), "cannot open the session directory " + path);
                    }
                    root = r.handle();
                }
                handle = root;
            }
        }
        return handle;
    }

    /** As CreateDataStack builds them: OPENIF for named objects, inherit on request, the descriptor if any. */
    ObjectAttributes forCreate(String name, boolean inherit, SecurityDescriptor security) {
        int flags = ObjectAttributes.CASE_INSENSITIVE | (inherit ? ObjectAttributes.INHERIT : 0);
        if (name == null || name.isEmpty()) {
            return new ObjectAttributes(null, 0, flags, security);
        }
        return new ObjectAttributes(name, root(), flags | ObjectAttributes.OPENIF, security);
    }

    /** As OpenDataStack builds them; an empty name is ERROR_INVALID_NAME before any kernel call. */
    ObjectAttributes forOpen(String name, boolean inherit) {
        if (name == null || name.isEmpty()) {
            throw new NtStatusException(NtStatus.OBJECT_NAME_INVALID, "a name is required to open an object");
        }
        return new ObjectAttributes(name, root(), ObjectAttributes.CASE_INSENSITIVE | (inherit ? ObjectAttributes.INHERIT : 0), null);
    }
}
