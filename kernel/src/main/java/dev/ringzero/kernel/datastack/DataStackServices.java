package dev.ringzero.kernel.datastack;

import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.DataStackAccess;
import dev.ringzero.kernel.abi.DataStackConfiguration;
import dev.ringzero.kernel.abi.DataStackInformationClass;
import dev.ringzero.kernel.abi.IoFrame;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.ob.GenericMapping;
import dev.ringzero.kernel.ob.Inserted;
import dev.ringzero.kernel.ob.KernelProcess;
import dev.ringzero.kernel.ob.ObjectHeader;
import dev.ringzero.kernel.ob.ObjectManager;
import dev.ringzero.kernel.ob.ObjectReference;
import dev.ringzero.kernel.ob.ObjectType;
import dev.ringzero.kernel.ob.ObjectTypeInitializer;
import dev.ringzero.kernel.sync.WaitEngine;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The kernel side of the DataStack native API (the articles' DataStack.cpp): each Nt* function
 * validates its parameters, turns the handle into the object with the access the operation needs,
 * and calls {@link DataStack}. Failures are thrown as {@link dev.ringzero.kernel.abi.NtStatusException};
 * statuses that come with output (pop and query too small, name exists) are returned.
 */
public final class DataStackServices {
    /** The DataStack generic mapping of part 1. */
    public static final GenericMapping GENERIC_MAPPING = new GenericMapping(
            AccessMask.STANDARD_RIGHTS_READ | DataStackAccess.QUERY,
            AccessMask.STANDARD_RIGHTS_WRITE | DataStackAccess.PUSH | DataStackAccess.POP | DataStackAccess.CLEAR,
            AccessMask.STANDARD_RIGHTS_EXECUTE | AccessMask.SYNCHRONIZE,
            DataStackAccess.ALL_ACCESS);

    /**
     * The largest item any DataStack accepts, whatever its MaxItemSize: what one reply frame can carry
     * next to the item size, so an item pushed in-process can always be popped over the wire.
     */
    public static final int MAX_ITEM_SIZE = IoFrame.MAX_PAYLOAD - 16;

    private final ObjectManager objectManager;
    private final WaitEngine engine;
    private final ObjectType type;

    public DataStackServices(ObjectManager objectManager, WaitEngine engine) {
        this.objectManager = objectManager;
        this.engine = engine;
        this.type = objectManager.createType("DataStack", new ObjectTypeInitializer(GENERIC_MAPPING,
                DataStackAccess.ALL_ACCESS, true, body -> ((DataStack) body).clear(), body -> ((DataStack) body).event()));
    }

    /** {@code \ObjectTypes\DataStack}. */
    public ObjectType type() { return type; }

    /**
     * NtCreateDataStack: a new DataStack with the given limits (0 = unlimited), handle with
     * DATA_STACK_ALL_ACCESS; with OBJ_OPENIF and an existing DataStack of that name, a handle to it and
     * STATUS_OBJECT_NAME_EXISTS.
     */
    public Inserted create(KernelProcess process, ObjectAttributes attributes, int maxItemSize, int maxItemCount,
            long maxSize) {
        DataStack body = new DataStack(new DataStackConfiguration(maxItemSize, maxItemCount, maxSize), engine);
        ObjectHeader header = objectManager.create(type, body, attributes, process.caller());
        return objectManager.insert(process, header, DataStackAccess.ALL_ACCESS, attributes);
    }

    /** NtOpenDataStack: ObOpenObjectByName for the DataStack type. */
    public int open(KernelProcess process, int desiredAccess, ObjectAttributes attributes) {
        return objectManager.openByName(process, attributes, type, desiredAccess);
    }

    /**
     * NtPushDataStack: size 0 is STATUS_INVALID_PARAMETER_3, a missing buffer STATUS_INVALID_PARAMETER_2,
     * a size beyond the buffer STATUS_INVALID_BUFFER_SIZE, an item above {@link #MAX_ITEM_SIZE}
     * STATUS_NOT_CAPABLE. The first {@code itemSize} bytes are copied.
     */
    public void push(KernelProcess process, int handle, byte[] item, int itemSize) {
        if (itemSize == 0) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER_3, "item size is 0");
        }
        if (item == null) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER_2, "no item buffer");
        }
        if (itemSize < 0 || itemSize > item.length) {
            throw new NtStatusException(NtStatus.INVALID_BUFFER_SIZE, "item size " + Integer.toUnsignedString(itemSize)
                    + " exceeds the buffer's " + item.length + " bytes");
        }
        if (itemSize > MAX_ITEM_SIZE) {
            throw new NtStatusException(NtStatus.NOT_CAPABLE, "an item of " + itemSize
                    + " bytes exceeds the kernel's limit of " + MAX_ITEM_SIZE);
        }
        byte[] captured = Arrays.copyOf(item, itemSize);
        try (ObjectReference<DataStack> ds = reference(process, handle, DataStackAccess.PUSH)) {
            NtStatus status = ds.body().push(captured);
            if (status != NtStatus.SUCCESS) {
                throw new NtStatusException(status, pushFailure(status, ds.body(), itemSize));
            }
        }
    }

    /**
     * NtPopDataStack: without a buffer the size must be 0 (else STATUS_INVALID_PARAMETER_2); see
     * {@link DataStack#pop} for the outcomes, which are returned, errors included, because they
     * carry the item size.
     */
    public Popped pop(KernelProcess process, int handle, boolean bufferPresent, int bufferSize) {
        if (!bufferPresent && bufferSize != 0) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER_2, "no buffer but a size of "
                    + Integer.toUnsignedString(bufferSize));
        }
        try (ObjectReference<DataStack> ds = reference(process, handle, DataStackAccess.POP)) {
            return ds.body().pop(bufferSize);
        }
    }

    /** NtClearDataStack. */
    public void clear(KernelProcess process, int handle) {
        try (ObjectReference<DataStack> ds = reference(process, handle, DataStackAccess.CLEAR)) {
            ds.body().clear();
        }
    }

    /**
     * NtQueryInformationDataStack with the articles' rules: no buffer requires a return length and a
     * zero size, a buffer requires a non-zero size (else STATUS_INVALID_PARAMETER); an unknown class is
     * STATUS_INVALID_INFO_CLASS; a buffer smaller than the class is STATUS_BUFFER_TOO_SMALL. The return
     * length, when requested, is the class's length, also when the buffer is too small.
     */
    public QueryResult query(KernelProcess process, int handle, int informationClass, boolean bufferPresent,
            int bufferSize, boolean returnLengthPresent) {
        try (ObjectReference<DataStack> ds = reference(process, handle, DataStackAccess.QUERY)) {
            if (!bufferPresent && (!returnLengthPresent || bufferSize != 0)) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER,
                        "without a buffer, the size must be 0 and a return length requested");
            }
            if (bufferPresent && bufferSize == 0) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, "a buffer of size 0");
            }
            DataStackInformationClass infoClass = DataStackInformationClass.fromCode(informationClass)
                    .orElseThrow(() -> new NtStatusException(NtStatus.INVALID_INFO_CLASS,
                            "no DataStack information class " + informationClass));
            int returnLength = returnLengthPresent ? infoClass.length() : QueryResult.NOT_REQUESTED;
            if (Integer.toUnsignedLong(bufferSize) < infoClass.length()) {
                return new QueryResult(NtStatus.BUFFER_TOO_SMALL, null, returnLength);
            }
            return new QueryResult(NtStatus.SUCCESS, information(ds.body(), infoClass), returnLength);
        }
    }

    private static byte[] information(DataStack ds, DataStackInformationClass infoClass) {
        ByteBuffer out = ByteBuffer.allocate(infoClass.length()).order(ByteOrder.LITTLE_ENDIAN);
        switch (infoClass) {
            case ITEM_COUNT -> out.putInt(ds.count());
            case TOTAL_SIZE -> out.putLong(ds.totalSize());
            case CONFIGURATION -> {
                DataStackConfiguration c = ds.configuration();
                out.putInt(c.maxItemSize()).putInt(c.maxItemCount()).putLong(c.maxSize());
            }
        }
        return out.array();
    }

    private ObjectReference<DataStack> reference(KernelProcess process, int handle, int access) {
        return objectManager.referenceByHandle(process, handle, access, type, DataStack.class);
    }

    private static String pushFailure(NtStatus status, DataStack ds, int itemSize) {
        DataStackConfiguration c = ds.configuration();
        return switch (status) {
            case NO_MORE_ENTRIES -> "the stack holds its maximum of " + Integer.toUnsignedString(c.maxItemCount()) + " items";
            case NOT_CAPABLE -> "an item of " + itemSize + " bytes exceeds MaxItemSize "
                    + Integer.toUnsignedString(c.maxItemSize()) + " or MaxSize " + Long.toUnsignedString(c.maxSize());
            default -> status.toString();
        };
    }
}
