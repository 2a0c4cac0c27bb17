package dev.ringzero.client;

import dev.ringzero.kernel.abi.EventType;
import dev.ringzero.kernel.abi.IoStatusBlock;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.ObjectAttributes;

/**
 * The native API of one client process (the articles' NativeDataStackAPI plus the NtDll calls it
 * relies on): handles and caller-owned buffers in, an NTSTATUS and outputs back, never an exception
 * for a kernel failure. Implemented in-process by {@link EmbeddedNativeApi} and over IOCTL frames by
 * {@link FrameNativeApi}.
 */
public interface NativeApi {
    /** WAIT_TIMEOUT / STATUS_TIMEOUT as the raw wait result. */
    int WAIT_TIMEOUT = 0x102;
    /** INFINITE. */
    long INFINITE = -1;

    ProcessInformation ntQueryProcess();

    HandleResult ntCreateDataStack(ObjectAttributes attributes, int maxItemSize, int maxItemCount, long maxSize);

    HandleResult ntOpenDataStack(int desiredAccess, ObjectAttributes attributes);

    /** Pushes the first {@code itemSize} bytes of {@code item} (null: no buffer). */
    NtStatus ntPushDataStack(int handle, byte[] item, int itemSize);

    /** Pops into {@code buffer} (null: no buffer) of {@code bufferSize} bytes; see the articles for size 0. */
    PopResult ntPopDataStack(int handle, byte[] buffer, int bufferSize);

    NtStatus ntClearDataStack(int handle);

    /** Writes the information into {@code buffer} (null: no buffer) when the status is SUCCESS. */
    QueryInformationResult ntQueryInformationDataStack(int handle, int informationClass, byte[] buffer, int bufferSize,
            boolean wantReturnLength);

    HandleResult ntCreateEvent(int desiredAccess, ObjectAttributes attributes, EventType type, boolean initialState);

    HandleResult ntOpenEvent(int desiredAccess, ObjectAttributes attributes);

    NtStatus ntSetEvent(int handle);

    NtStatus ntResetEvent(int handle);

    NtStatus ntPulseEvent(int handle);

    /** The raw wait status: STATUS_WAIT_0 + index, STATUS_TIMEOUT, or an error code. */
    int ntWaitForMultipleObjects(int[] handles, boolean waitAll, long timeoutMillis);

    default int ntWaitForSingleObject(int handle, long timeoutMillis) {
        return ntWaitForMultipleObjects(new int[] {handle}, false, timeoutMillis);
    }

    NtStatus ntClose(int handle);

    HandleResult ntDuplicateObject(int sourceHandle, int desiredAccess, int attributes, int options);

    NtStatus ntMakeTemporaryObject(int handle);

    HandleResult ntOpenDirectoryObject(int desiredAccess, ObjectAttributes attributes);

    /**
     * NtOpenFile of a device by its NT name ({@code \Device\Booster}, or {@code \??\Booster}, a link
     * to it); Win32 paths such as {@code \\.\Booster} are mapped by {@link DevicePath} first.
     */
    HandleResult ntOpenFile(int desiredAccess, ObjectAttributes attributes);

    /** NtWriteFile of all of {@code buffer} (null: no buffer): the status and the bytes written. */
    IoStatusBlock ntWriteFile(int handle, byte[] buffer);
}
