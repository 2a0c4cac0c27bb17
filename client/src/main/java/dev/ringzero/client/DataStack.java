package dev.ringzero.client;

import dev.ringzero.kernel.abi.DataStackConfiguration;
import dev.ringzero.kernel.abi.DataStackInformationClass;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;

/**
 * A handle to a DataStack, with the articles' Win32 functions as methods: PushDataStack,
 * PopDataStack, ClearDataStack, GetDataStackItemCount/Size/Config and WaitForSingleObject.
 * Failures throw {@link dev.ringzero.kernel.abi.NtStatusException} with the NTSTATUS and Win32 error.
 */
public final class DataStack extends KernelObject {
    private static final int INITIAL_POP_BUFFER = 256;
    private volatile int popBufferHint = INITIAL_POP_BUFFER;

    DataStack(NativeApi api, int handle, boolean openedExisting) {
        super(api, handle, openedExisting);
    }

    /** PushDataStack: puts {@code item} on top. An empty item is STATUS_INVALID_PARAMETER_3. */
    public void push(byte[] item) {
        Win32.check(api.ntPushDataStack(checkedHandle(), item, item == null ? 0 : item.length), "push");
    }

    /**
     * PopDataStack: the top item, or empty when the stack is empty (ERROR_NO_DATA). The buffer grows
     * and the pop is retried when the item is larger (STATUS_BUFFER_TOO_SMALL leaves it in place).
     */
    public Optional<byte[]> pop() {
        int handle = checkedHandle();
        int size = Math.max(popBufferHint, 1);
        while (true) {
            byte[] buffer = new byte[size];
            PopResult r = api.ntPopDataStack(handle, buffer, size);
            if (r.status() == NtStatus.SUCCESS) {
                return Optional.of(r.itemSize() == size ? buffer : Arrays.copyOf(buffer, r.itemSize()));
            }
            if (r.status() == NtStatus.PIPE_EMPTY) {
                return Optional.empty();
            }
            if (r.status() != NtStatus.BUFFER_TOO_SMALL) {
                Win32.check(r.status(), "pop");
            }
            if (Integer.toUnsignedLong(r.itemSize()) <= size) {
                throw new NtStatusException(NtStatus.INTERNAL_ERROR, "the kernel reported a " + r.itemSize()
                        + "-byte item too large for a " + size + "-byte buffer");
            }
            size = r.itemSize();
            popBufferHint = Math.max(popBufferHint, size);
        }
    }

    /** PopDataStack with a size of 0: the size of the top item, 0 when empty; nothing is popped. */
    public int peekSize() {
        PopResult r = api.ntPopDataStack(checkedHandle(), null, 0);
        Win32.check(r.status(), "peek size");
        return r.itemSize();
    }

    /** ClearDataStack. */
    public void clear() {
        Win32.check(api.ntClearDataStack(checkedHandle()), "clear");
    }

    /** GetDataStackItemCount. */
    public int itemCount() {
        return query(DataStackInformationClass.ITEM_COUNT).getInt();
    }

    /** GetDataStackSize. */
    public long totalSize() {
        return query(DataStackInformationClass.TOTAL_SIZE).getLong();
    }

    /** GetDataStackConfig. */
    public DataStackConfiguration configuration() {
        ByteBuffer b = query(DataStackInformationClass.CONFIGURATION);
        return new DataStackConfiguration(b.getInt(), b.getInt(), b.getLong());
    }

    /** Count, total size and configuration (three queries, each consistent on its own). */
    public DataStackInfo info() {
        return new DataStackInfo(itemCount(), totalSize(), configuration());
    }

    private ByteBuffer query(DataStackInformationClass infoClass) {
        byte[] buffer = new byte[infoClass.length()];
        QueryInformationResult r = api.ntQueryInformationDataStack(checkedHandle(), infoClass.code(), buffer,
                buffer.length, false);
        Win32.check(r.status(), "query " + infoClass);
        return ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
    }
}
