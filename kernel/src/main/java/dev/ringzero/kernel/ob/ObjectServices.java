package dev.ringzero.kernel.ob;

import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.sync.DispatcherObject;
import dev.ringzero.kernel.sync.WaitEngine;
import dev.ringzero.kernel.sync.WaitOutcome;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type-independent native API: NtClose, NtDuplicateObject, NtMakeTemporaryObject,
 * NtOpenDirectoryObject, NtWaitForSingleObject and NtWaitForMultipleObjects.
 */
public final class ObjectServices {
    private final ObjectManager objectManager;
    private final WaitEngine engine;

    public ObjectServices(ObjectManager objectManager, WaitEngine engine) {
        this.objectManager = objectManager;
        this.engine = engine;
    }

    /** NtClose. */
    public void close(KernelProcess process, int handle) {
        objectManager.close(process, handle);
    }

    /** NtDuplicateObject within one process; see {@link ObjectManager#duplicate}. */
    public int duplicate(KernelProcess process, int sourceHandle, int desiredAccess, int attributes, int options) {
        if ((attributes & ~ObjectAttributes.INHERIT) != 0) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "duplicate accepts only OBJ_INHERIT");
        }
        return objectManager.duplicate(process, sourceHandle, process, desiredAccess,
                (attributes & ObjectAttributes.INHERIT) != 0, options);
    }

    /** NtMakeTemporaryObject. */
    public void makeTemporary(KernelProcess process, int handle) {
        objectManager.makeTemporary(process, handle);
    }

    /** NtOpenDirectoryObject. */
    public int openDirectory(KernelProcess process, int desiredAccess, ObjectAttributes attributes) {
        return objectManager.openByName(process, attributes, objectManager.directoryType(), desiredAccess);
    }

    /** NtWaitForSingleObject. */
    public WaitOutcome waitForSingle(KernelProcess process, int handle, long timeoutMillis) {
        return waitForMultiple(process, new int[] {handle}, false, timeoutMillis);
    }

    /**
     * NtWaitForMultipleObjects: 1 to 64 handles (else STATUS_INVALID_PARAMETER_1), each granting
     * SYNCHRONIZE to a waitable object; wait-all refuses the same object twice
     * (STATUS_INVALID_PARAMETER_MIX); the timeout is in milliseconds, 0 polls, -1 is infinite (other
     * negatives: STATUS_INVALID_PARAMETER_4). The handles' objects stay referenced during the wait.
     */
    public WaitOutcome waitForMultiple(KernelProcess process, int[] handles, boolean waitAll, long timeoutMillis) {
        if (handles == null || handles.length == 0 || handles.length > WaitEngine.MAXIMUM_WAIT_OBJECTS) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER_1, "wait needs 1 to "
                    + WaitEngine.MAXIMUM_WAIT_OBJECTS + " handles");
        }
        if (timeoutMillis < WaitEngine.INFINITE) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER_4, "negative timeout " + timeoutMillis);
        }
        List<ObjectReference<Object>> references = new ArrayList<>(handles.length);
        try {
            DispatcherObject[] objects = new DispatcherObject[handles.length];
            Map<DispatcherObject, Boolean> seen = new IdentityHashMap<>();
            for (int i = 0; i < handles.length; i++) {
                ObjectReference<Object> ref = objectManager.referenceByHandle(process, handles[i], 0, null, Object.class);
                references.add(ref);
                ObjectTypeInitializer.WaitObjectLocator locator = ref.header().type().initializer().waitObject();
                if (locator == null) {
                    throw new NtStatusException(NtStatus.OBJECT_TYPE_MISMATCH, "a " + ref.header().type().name()
                            + " cannot be waited on");
                }
                if (!AccessMask.grants(ref.grantedAccess(), AccessMask.SYNCHRONIZE)) {
                    throw new NtStatusException(NtStatus.ACCESS_DENIED, "handle 0x" + Integer.toHexString(handles[i])
                            + " lacks SYNCHRONIZE");
                }
                objects[i] = locator.locate(ref.body());
                if (seen.put(objects[i], Boolean.TRUE) != null && waitAll) {
                    throw new NtStatusException(NtStatus.INVALID_PARAMETER_MIX, "wait-all names one object twice");
                }
            }
            return engine.waitFor(objects, waitAll, timeoutMillis);
        } finally {
            for (ObjectReference<Object> ref : references) {
                ref.close();
            }
        }
    }
}
