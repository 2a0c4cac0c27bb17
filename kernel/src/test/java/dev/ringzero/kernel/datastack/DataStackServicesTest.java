package dev.ringzero.kernel.datastack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.DataStackAccess;
import dev.ringzero.kernel.abi.DataStackInformationClass;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.Inserted;
import dev.ringzero.kernel.ob.KernelProcess;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The DataStack native API as parts 2 to 4 of the articles specify it, plus the fixes ringzero makes. */
class DataStackServicesTest {
    final Kernel kernel = Kernel.embedded();
    final DataStackServices ds = kernel.dataStacks();
    final KernelProcess process = kernel.attach(new Caller(100, 1000, 1000, 1));

    int create(int maxItemSize, int maxItemCount, long maxSize) {
        return ds.create(process, ObjectAttributes.UNNAMED, maxItemSize, maxItemCount, maxSize).handle();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static NtStatus statusOf(Runnable call) {
        try {
            call.run();
            return NtStatus.SUCCESS;
        } catch (NtStatusException e) {
            return e.status();
        }
    }

    @Nested
    class Creating {
        @Test
        void aNamedStackIsCreatedInTheSessionDirectory() {
            Inserted created = ds.create(process, ObjectAttributes.absolute("\\Sessions\\1\\BaseNamedObjects\\MyDataStack",
                    ObjectAttributes.OPENIF), 0, 100, 10 << 20);
            assertThat(created.status()).isEqualTo(NtStatus.SUCCESS);
            assertThat(kernel.objectManager().exists("\\Sessions\\1\\BaseNamedObjects\\MyDataStack")).isTrue();
        }

        @Test
        void creatingAnExistingNameWithOpenIfOpensItAndReportsNameExists() {
            ObjectAttributes name = ObjectAttributes.absolute("\\BaseNamedObjects\\Shared", ObjectAttributes.OPENIF);
            Inserted first = ds.create(process, name, 0, 0, 0);
            Inserted second = ds.create(process, name, 0, 0, 0);
            ds.push(process, first.handle(), bytes("x"), 1);
            assertThat(second.status()).isEqualTo(NtStatus.OBJECT_NAME_EXISTS);
            assertThat(second.status().win32Error()).isEqualTo(183); // ERROR_ALREADY_EXISTS
            assertThat(ds.pop(process, second.handle(), true, 1).item()).containsExactly('x');
        }

        @Test
        void openIfKeepsTheFirstCreatorsLimits() {
            ObjectAttributes name = ObjectAttributes.absolute("\\BaseNamedObjects\\Limits", ObjectAttributes.OPENIF);
            ds.create(process, name, 4, 0, 0);
            int second = ds.create(process, name, 100, 0, 0).handle();
            assertThat(statusOf(() -> ds.push(process, second, new byte[5], 5))).isEqualTo(NtStatus.NOT_CAPABLE);
        }

        @Test
        void creatingWithTheNameOfAnotherTypeIsATypeMismatch() {
            kernel.events().create(process, AccessMask.GENERIC_ALL,
                    ObjectAttributes.absolute("\\BaseNamedObjects\\Taken", 0), dev.ringzero.kernel.abi.EventType.NOTIFICATION, false);
            assertThat(statusOf(() -> ds.create(process, ObjectAttributes.absolute("\\BaseNamedObjects\\Taken",
                    ObjectAttributes.OPENIF), 0, 0, 0))).isEqualTo(NtStatus.OBJECT_TYPE_MISMATCH);
        }

        @Test
        void creatingAnExistingNameWithoutOpenIfIsACollision() {
            ds.create(process, ObjectAttributes.absolute("\\BaseNamedObjects\\Once", 0), 0, 0, 0);
            assertThat(statusOf(() -> ds.create(process, ObjectAttributes.absolute("\\BaseNamedObjects\\Once", 0), 0, 0, 0)))
                    .isEqualTo(NtStatus.OBJECT_NAME_COLLISION);
        }

        @Test
        void theCreatorsHandleHasAllAccess() {
            int h = create(0, 0, 0);
            assertThat(process.handles().get(h).grantedAccess()).isEqualTo(DataStackAccess.ALL_ACCESS).isEqualTo(0x001F000F);
        }
    }

    @Nested
    class Opening {
        @Test
        void openingAMissingNameIsNameNotFoundWhichWin32CallsFileNotFound() {
            NtStatus status = statusOf(() -> ds.open(process, AccessMask.GENERIC_READ,
                    ObjectAttributes.absolute("\\BaseNamedObjects\\Nothing", 0)));
            assertThat(status).isEqualTo(NtStatus.OBJECT_NAME_NOT_FOUND);
            assertThat(status.win32Error()).isEqualTo(2);
        }

        @Test
        void openingAnEmptyNameIsAnInvalidName() {
            NtStatus status = statusOf(() -> ds.open(process, AccessMask.GENERIC_READ, ObjectAttributes.absolute("", 0)));
            assertThat(status).isEqualTo(NtStatus.OBJECT_NAME_INVALID);
            assertThat(status.win32Error()).isEqualTo(123); // ERROR_INVALID_NAME
        }

        @Test
        void openingIsCaseInsensitive() {
            ds.create(process, ObjectAttributes.absolute("\\BaseNamedObjects\\MyDataStack", 0), 0, 0, 0);
            int h = ds.open(process, AccessMask.GENERIC_READ, ObjectAttributes.absolute("\\basenamedobjects\\MYDATASTACK", 0));
            assertThat(h).isPositive();
        }

        @Test
        void genericReadGrantsQueryAndReadControl() {
            ds.create(process, ObjectAttributes.absolute("\\BaseNamedObjects\\R", 0), 0, 0, 0);
            int h = ds.open(process, AccessMask.GENERIC_READ, ObjectAttributes.absolute("\\BaseNamedObjects\\R", 0));
            assertThat(process.handles().get(h).grantedAccess())
                    .isEqualTo(AccessMask.STANDARD_RIGHTS_READ | DataStackAccess.QUERY);
        }

        @Test
        void genericWriteGrantsPushPopAndClear() {
            ds.create(process, ObjectAttributes.absolute("\\BaseNamedObjects\\W", 0), 0, 0, 0);
            int h = ds.open(process, AccessMask.GENERIC_WRITE, ObjectAttributes.absolute("\\BaseNamedObjects\\W", 0));
            assertThat(process.handles().get(h).grantedAccess()).isEqualTo(AccessMask.STANDARD_RIGHTS_WRITE
                    | DataStackAccess.PUSH | DataStackAccess.POP | DataStackAccess.CLEAR);
        }

        @Test
        void genericExecuteGrantsSynchronize() {
            ds.create(process, ObjectAttributes.absolute("\\BaseNamedObjects\\X", 0), 0, 0, 0);
            int h = ds.open(process, AccessMask.GENERIC_EXECUTE, ObjectAttributes.absolute("\\BaseNamedObjects\\X", 0));
            assertThat(process.handles().get(h).grantedAccess())
                    .isEqualTo(AccessMask.STANDARD_RIGHTS_EXECUTE | AccessMask.SYNCHRONIZE);
        }

        @Test
        void rightsOutsideTheValidMaskAreRefused() {
            ds.create(process, ObjectAttributes.absolute("\\BaseNamedObjects\\V", 0), 0, 0, 0);
            assertThat(statusOf(() -> ds.open(process, 0x10, ObjectAttributes.absolute("\\BaseNamedObjects\\V", 0))))
                    .isEqualTo(NtStatus.ACCESS_DENIED);
        }
    }

    @Nested
    class Pushing {
        @Test
        void aZeroSizeIsInvalidParameter3() {
            int h = create(0, 0, 0);
            assertThat(statusOf(() -> ds.push(process, h, new byte[1], 0))).isEqualTo(NtStatus.INVALID_PARAMETER_3);
        }

        @Test
        void aMissingBufferIsInvalidParameter2() {
            int h = create(0, 0, 0);
            assertThat(statusOf(() -> ds.push(process, h, null, 4))).isEqualTo(NtStatus.INVALID_PARAMETER_2);
        }

        @Test
        void aSizeBeyondTheBufferIsAnInvalidBufferSize() {
            int h = create(0, 0, 0);
            assertThat(statusOf(() -> ds.push(process, h, new byte[2], 3))).isEqualTo(NtStatus.INVALID_BUFFER_SIZE);
        }

        @Test
        void aFullStackRefusesWithNoMoreEntries() {
            int h = create(0, 2, 0);
            ds.push(process, h, bytes("a"), 1);
            ds.push(process, h, bytes("b"), 1);
            NtStatus status = statusOf(() -> ds.push(process, h, bytes("c"), 1));
            assertThat(status).isEqualTo(NtStatus.NO_MORE_ENTRIES);
            assertThat(status.win32Error()).isEqualTo(259);
        }

        @Test
        void maxItemCountZeroMeansUnlimitedUnlikeTheArticlesCode() {
            int h = create(0, 0, 0);
            for (int i = 0; i < 1000; i++) {
                ds.push(process, h, new byte[] {(byte) i}, 1);
            }
            assertThat(itemCount(h)).isEqualTo(1000);
        }

        @Test
        void anItemLargerThanMaxItemSizeIsNotCapable() {
            int h = create(4, 0, 0);
            ds.push(process, h, new byte[4], 4);
            assertThat(statusOf(() -> ds.push(process, h, new byte[5], 5))).isEqualTo(NtStatus.NOT_CAPABLE);
        }

        @Test
        void exceedingMaxSizeInTotalIsNotCapable() {
            int h = create(0, 0, 10);
            ds.push(process, h, new byte[6], 6);
            ds.push(process, h, new byte[4], 4);
            NtStatus status = statusOf(() -> ds.push(process, h, new byte[1], 1));
            assertThat(status).isEqualTo(NtStatus.NOT_CAPABLE);
            assertThat(status.win32Error()).isEqualTo(775);
        }

        @Test
        void anItemAboveTheKernelsLimitIsNotCapableEvenWithoutMaxItemSize() {
            int h = create(0, 0, 0);
            int size = DataStackServices.MAX_ITEM_SIZE + 1;
            assertThat(statusOf(() -> ds.push(process, h, new byte[size], size))).isEqualTo(NtStatus.NOT_CAPABLE);
        }

        @Test
        void onlyTheFirstItemSizeBytesArePushedAndTheBufferIsCaptured() {
            int h = create(0, 0, 0);
            byte[] buffer = bytes("abcdef");
            ds.push(process, h, buffer, 3);
            buffer[0] = 'z';
            assertThat(ds.pop(process, h, true, 16).item()).containsExactly('a', 'b', 'c');
        }
    }

    @Nested
    class Popping {
        @Test
        void itemsComeBackLastInFirstOut() {
            int h = create(0, 0, 0);
            for (int i = 1; i <= 3; i++) {
                ds.push(process, h, new byte[] {(byte) i}, 1);
            }
            assertThat(ds.pop(process, h, true, 1).item()).containsExactly(3);
            assertThat(ds.pop(process, h, true, 1).item()).containsExactly(2);
            assertThat(ds.pop(process, h, true, 1).item()).containsExactly(1);
        }

        @Test
        void anEmptyStackIsPipeEmptyWhichWin32CallsNoData() {
            int h = create(0, 0, 0);
            Popped popped = ds.pop(process, h, true, 256);
            assertThat(popped.status()).isEqualTo(NtStatus.PIPE_EMPTY);
            assertThat(popped.status().win32Error()).isEqualTo(232);
            assertThat(popped.itemSize()).isZero();
        }

        @Test
        void sizeZeroReportsTheTopItemsSizeWithoutPopping() {
            int h = create(0, 0, 0);
            ds.push(process, h, bytes("Hello, data stack!\0"), 19);
            Popped query = ds.pop(process, h, false, 0);
            assertThat(query.status()).isEqualTo(NtStatus.SUCCESS);
            assertThat(query.itemSize()).isEqualTo(19);
            assertThat(ds.pop(process, h, true, 19).item()).hasSize(19);
        }

        @Test
        void sizeZeroOnAnEmptyStackSucceedsWithSizeZero() {
            int h = create(0, 0, 0);
            Popped query = ds.pop(process, h, false, 0);
            assertThat(query.status()).isEqualTo(NtStatus.SUCCESS);
            assertThat(query.itemSize()).isZero();
        }

        @Test
        void aTooSmallBufferReportsTheSizeAndLeavesTheItem() {
            int h = create(0, 0, 0);
            ds.push(process, h, bytes("Pushing another string..."), 26 - 1);
            Popped tooSmall = ds.pop(process, h, true, 4);
            assertThat(tooSmall.status()).isEqualTo(NtStatus.BUFFER_TOO_SMALL);
            assertThat(tooSmall.status().win32Error()).isEqualTo(122);
            assertThat(tooSmall.itemSize()).isEqualTo(25);
            assertThat(ds.pop(process, h, true, 25).status()).isEqualTo(NtStatus.SUCCESS);
        }

        @Test
        void aSizeWithoutABufferIsInvalidParameter2() {
            int h = create(0, 0, 0);
            assertThat(statusOf(() -> ds.pop(process, h, false, 8))).isEqualTo(NtStatus.INVALID_PARAMETER_2);
        }

        @Test
        void popFreesRoomUnderTheLimits() {
            int h = create(0, 1, 0);
            ds.push(process, h, bytes("a"), 1);
            ds.pop(process, h, true, 1);
            ds.push(process, h, bytes("b"), 1);
            assertThat(ds.pop(process, h, true, 1).item()).containsExactly('b');
        }
    }

    @Nested
    class Clearing {
        @Test
        void clearEmptiesTheStack() {
            int h = create(0, 0, 0);
            ds.push(process, h, bytes("a"), 1);
            ds.push(process, h, bytes("b"), 1);
            ds.clear(process, h);
            assertThat(ds.pop(process, h, true, 1).status()).isEqualTo(NtStatus.PIPE_EMPTY);
            assertThat(itemCount(h)).isZero();
            assertThat(totalSize(h)).isZero();
        }

        @Test
        void clearResetsTheSignalUnlikeTheArticlesCode() {
            int h = create(0, 0, 0);
            ds.push(process, h, bytes("a"), 1);
            ds.clear(process, h);
            assertThat(kernel.objects().waitForSingle(process, h, 0).status()).isEqualTo(NtStatus.TIMEOUT);
        }
    }

    @Nested
    class Querying {
        @Test
        void itemCountIsAULong() {
            int h = create(0, 0, 0);
            ds.push(process, h, bytes("ab"), 2);
            ds.push(process, h, bytes("c"), 1);
            QueryResult r = ds.query(process, h, DataStackInformationClass.ITEM_COUNT.code(), true, 4, true);
            assertThat(r.status()).isEqualTo(NtStatus.SUCCESS);
            assertThat(r.returnLength()).isEqualTo(4);
            assertThat(le(r.information()).getInt()).isEqualTo(2);
        }

        @Test
        void totalSizeIsAULongPtr() {
            int h = create(0, 0, 0);
            ds.push(process, h, bytes("ab"), 2);
            ds.push(process, h, bytes("c"), 1);
            assertThat(totalSize(h)).isEqualTo(3);
        }

        @Test
        void configurationReportsTheLimits() {
            int h = create(256, 100, 10 << 20);
            QueryResult r = ds.query(process, h, DataStackInformationClass.CONFIGURATION.code(), true, 16, false);
            ByteBuffer info = le(r.information());
            assertThat(info.getInt()).isEqualTo(256);
            assertThat(info.getInt()).isEqualTo(100);
            assertThat(info.getLong()).isEqualTo(10 << 20);
            assertThat(r.returnLength()).isEqualTo(QueryResult.NOT_REQUESTED);
        }

        @Test
        void aSmallBufferIsBufferTooSmallAndTheReturnLengthTellsTheSize() {
            int h = create(0, 0, 0);
            QueryResult r = ds.query(process, h, DataStackInformationClass.CONFIGURATION.code(), true, 8, true);
            assertThat(r.status()).isEqualTo(NtStatus.BUFFER_TOO_SMALL);
            assertThat(r.returnLength()).isEqualTo(16);
            assertThat(r.information()).isNull();
        }

        @Test
        void noBufferWithAReturnLengthAndSizeZeroAsksForTheSize() {
            int h = create(0, 0, 0);
            QueryResult r = ds.query(process, h, DataStackInformationClass.TOTAL_SIZE.code(), false, 0, true);
            assertThat(r.status()).isEqualTo(NtStatus.BUFFER_TOO_SMALL);
            assertThat(r.returnLength()).isEqualTo(8);
        }

        @Test
        void noBufferAndNoReturnLengthIsInvalidParameter() {
            int h = create(0, 0, 0);
            assertThat(statusOf(() -> ds.query(process, h, 0, false, 0, false))).isEqualTo(NtStatus.INVALID_PARAMETER);
        }

        @Test
        void noBufferButANonZeroSizeIsInvalidParameter() {
            int h = create(0, 0, 0);
            assertThat(statusOf(() -> ds.query(process, h, 0, false, 4, true))).isEqualTo(NtStatus.INVALID_PARAMETER);
        }

        @Test
        void aBufferOfSizeZeroIsInvalidParameter() {
            int h = create(0, 0, 0);
            assertThat(statusOf(() -> ds.query(process, h, 0, true, 0, true))).isEqualTo(NtStatus.INVALID_PARAMETER);
        }

        @Test
        void anUnknownClassIsInvalidInfoClass() {
            int h = create(0, 0, 0);
            assertThat(statusOf(() -> ds.query(process, h, 3, true, 64, true))).isEqualTo(NtStatus.INVALID_INFO_CLASS);
        }
    }

    @Test
    void theDeleteProcedureFreesTheItemsWhenTheLastHandleCloses() {
        int h = create(0, 0, 0);
        DataStack body;
        try (var ref = kernel.objectManager().referenceByHandle(process, h, 0, ds.type(), DataStack.class)) {
            body = ref.body();
        }
        ds.push(process, h, new byte[100], 100);
        kernel.objects().close(process, h);
        assertThat(body.count()).isZero();
        assertThat(body.totalSize()).isZero();
        assertThat(ds.type().totalObjects()).isZero();
    }

    @Test
    void aHandleOfAnotherTypeIsATypeMismatch() {
        int event = kernel.events().create(process, AccessMask.GENERIC_ALL, ObjectAttributes.UNNAMED,
                dev.ringzero.kernel.abi.EventType.NOTIFICATION, false).handle();
        assertThat(statusOf(() -> ds.push(process, event, new byte[1], 1))).isEqualTo(NtStatus.OBJECT_TYPE_MISMATCH);
    }

    @Test
    void aBadHandleIsInvalidHandle() {
        assertThat(statusOf(() -> ds.push(process, 0x44, new byte[1], 1))).isEqualTo(NtStatus.INVALID_HANDLE);
        assertThat(statusOf(() -> ds.clear(process, 3))).isEqualTo(NtStatus.INVALID_HANDLE);
    }

    int itemCount(int h) {
        return le(ds.query(process, h, DataStackInformationClass.ITEM_COUNT.code(), true, 4, false).information()).getInt();
    }

    long totalSize(int h) {
        return le(ds.query(process, h, DataStackInformationClass.TOTAL_SIZE.code(), true, 8, false).information()).getLong();
    }

    static ByteBuffer le(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }
}
