package dev.ringzero.kernel.datastack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.DataStackAccess;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.KernelProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every DataStack operation against handles holding each single right: only its own right lets it through. */
class AccessRightsTest {
    record Operation(String name, int needs, BiConsumer<Kernel, Fixture> call) {
        @Override
        public String toString() { return name; }
    }

    record Right(String name, int mask) {
        @Override
        public String toString() { return name; }
    }

    record Fixture(KernelProcess process, int handle) {}

    static final List<Operation> OPERATIONS = List.of(
            new Operation("push", DataStackAccess.PUSH, (k, f) -> k.dataStacks().push(f.process(), f.handle(), new byte[] {1}, 1)),
            new Operation("pop", DataStackAccess.POP, (k, f) -> k.dataStacks().pop(f.process(), f.handle(), true, 8)),
            new Operation("pop size query", DataStackAccess.POP, (k, f) -> k.dataStacks().pop(f.process(), f.handle(), false, 0)),
            new Operation("clear", DataStackAccess.CLEAR, (k, f) -> k.dataStacks().clear(f.process(), f.handle())),
            new Operation("query", DataStackAccess.QUERY, (k, f) -> k.dataStacks().query(f.process(), f.handle(), 0, true, 4, false)),
            new Operation("wait", AccessMask.SYNCHRONIZE, (k, f) -> k.objects().waitForSingle(f.process(), f.handle(), 0)));

    static final List<Right> RIGHTS = List.of(
            new Right("QUERY", DataStackAccess.QUERY), new Right("PUSH", DataStackAccess.PUSH),
            new Right("POP", DataStackAccess.POP), new Right("CLEAR", DataStackAccess.CLEAR),
            new Right("SYNCHRONIZE", AccessMask.SYNCHRONIZE), new Right("DELETE", AccessMask.DELETE),
            new Right("READ_CONTROL", AccessMask.READ_CONTROL),
            new Right("GENERIC_READ", AccessMask.GENERIC_READ), new Right("GENERIC_WRITE", AccessMask.GENERIC_WRITE),
            new Right("GENERIC_EXECUTE", AccessMask.GENERIC_EXECUTE), new Right("GENERIC_ALL", AccessMask.GENERIC_ALL),
            new Right("ALL_ACCESS", DataStackAccess.ALL_ACCESS));

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation op : OPERATIONS) {
            for (Right right : RIGHTS) {
                int granted = DataStackServices.GENERIC_MAPPING.map(right.mask());
                cases.add(Arguments.of(op, right, AccessMask.grants(granted, op.needs())));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with a {1} handle allowed={2}")
    @MethodSource("matrix")
    void anOperationNeedsItsRight(Operation op, Right right, boolean allowed) {
        Kernel kernel = Kernel.embedded();
        KernelProcess process = kernel.attach(new Caller(1, 1000, 1000, 1));
        kernel.dataStacks().create(process, ObjectAttributes.absolute("\\BaseNamedObjects\\A", 0), 0, 0, 0);
        int handle = kernel.dataStacks().open(process, right.mask(), ObjectAttributes.absolute("\\BaseNamedObjects\\A", 0));
        NtStatus status;
        try {
            op.call().accept(kernel, new Fixture(process, handle));
            status = NtStatus.SUCCESS;
        } catch (NtStatusException e) {
            status = e.status();
        }
        if (allowed) {
            assertThat(status).isNotEqualTo(NtStatus.ACCESS_DENIED);
        } else {
            assertThat(status).isEqualTo(NtStatus.ACCESS_DENIED);
        }
    }
}
