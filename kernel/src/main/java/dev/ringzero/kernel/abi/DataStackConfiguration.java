package dev.ringzero.kernel.abi;

/**
 * DATA_STACK_CONFIGURATION: the limits a DataStack was created with. Each limit is unsigned and 0
 * means unlimited (for MaxItemCount too: the articles' code would refuse every push; ringzero does not).
 *
 * @param maxItemSize  largest item in bytes (ULONG)
 * @param maxItemCount most items at once (ULONG)
 * @param maxSize      largest total of item bytes (ULONG_PTR)
 */
public record DataStackConfiguration(int maxItemSize, int maxItemCount, long maxSize) {
    /** Size of the structure in the query buffer: ULONG + ULONG + ULONG_PTR. */
    public static final int BYTES = 16;

    public static final DataStackConfiguration UNLIMITED = new DataStackConfiguration(0, 0, 0);
}
