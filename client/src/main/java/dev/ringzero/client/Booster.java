package dev.ringzero.client;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.IoStatusBlock;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.booster.BoostClient;
import dev.ringzero.kernel.booster.BoosterDevice;
import dev.ringzero.kernel.booster.ThreadData;
import dev.ringzero.kernel.booster.WriteResult;
import java.util.Objects;

/**
 * A handle to the Booster device, as the article's client holds one: {@code CreateFile("\\.\Booster",
 * GENERIC_WRITE, ...)} on open, {@code WriteFile} of a {@code ThreadData} per request,
 * {@code CloseHandle} on {@link #close()}. Works over any {@link NativeApi}: the embedded kernel, or
 * IOCTL frames to a kernel in another process. The kernel checks each request as the process that
 * opened the handle.
 */
public final class Booster implements AutoCloseable {
    private final NativeApi api;
    private final int handle;
    private volatile boolean closed;

    private Booster(NativeApi api, int handle) {
        this.api = api;
        this.handle = handle;
    }

    /**
     * Opens {@value BoosterDevice#WIN32_PATH} for writing.
     *
     * @throws dev.ringzero.kernel.abi.NtStatusException STATUS_OBJECT_NAME_NOT_FOUND when the Booster
     *         driver is not loaded, or the status the open failed with
     */
    public static Booster open(NativeApi api) {
        Objects.requireNonNull(api, "api");
        ObjectAttributes name = ObjectAttributes.absolute(DevicePath.toNtName(BoosterDevice.WIN32_PATH), 0);
        HandleResult opened = api.ntOpenFile(AccessMask.GENERIC_WRITE, name);
        Win32.check(opened.status(), "CreateFile " + BoosterDevice.WIN32_PATH);
        return new Booster(api, opened.handle());
    }

    /** Opens the device of a new embedded kernel (with Booster loaded), as a process with this JVM's identity. */
    public static Booster embedded() {
        return open(EmbeddedNativeApi.attach(Kernel.embedded()));
    }

    /**
     * WriteFile of raw bytes (null: no buffer), for callers that want the status rather than an
     * exception. After {@link #close()}: STATUS_INVALID_HANDLE, without reaching the kernel.
     */
    public WriteResult write(byte[] input) {
        if (closed) {
            return WriteResult.failure(NtStatus.INVALID_HANDLE);
        }
        IoStatusBlock completion = api.ntWriteFile(handle, input);
        return completion.status().isSuccess()
                ? WriteResult.success(Math.toIntExact(completion.information()))
                : WriteResult.failure(completion.status());
    }

    /**
     * Sets the Windows priority (1..31) of the Linux thread {@code tid}, sent as the article's u32.
     *
     * @return the completed write (STATUS_SUCCESS, {@value ThreadData#SIZE} bytes)
     * @throws dev.ringzero.kernel.abi.NtStatusException with the device's status: STATUS_INVALID_PARAMETER,
     *         STATUS_INVALID_CID, STATUS_ACCESS_DENIED, STATUS_PRIVILEGE_NOT_HELD, ...
     */
    public WriteResult setPriority(int tid, int priority) {
        WriteResult result = write(new ThreadData(Integer.toUnsignedLong(tid), priority).encode());
        Win32.check(result.status(), "WriteFile " + BoosterDevice.WIN32_PATH + " (thread " + Integer.toUnsignedString(tid)
                + ", priority " + priority + ")");
        return result;
    }

    /** The article's client over this handle: Success!! or Error (N), with the priority before and after. */
    public BoostClient client() {
        return new BoostClient(this::write);
    }

    /** CloseHandle; closing twice does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Win32.check(api.ntClose(handle), "CloseHandle");
        }
    }
}
