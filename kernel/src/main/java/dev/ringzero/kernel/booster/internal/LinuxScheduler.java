package dev.ringzero.kernel.booster.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The Linux scheduling calls, through the FFM API (no JNI, no native code of ours): glibc's
 * {@code setpriority}, {@code sched_setscheduler}, {@code sched_getscheduler}, {@code sched_getparam},
 * and {@code syscall(SYS_gettid)}, {@code syscall(SYS_getpriority)}. Every call captures
 * {@code errno} right after it returns ({@link Linker.Option#captureCallState}) and throws a
 * {@link LinuxCallException} on failure.
 *
 * <p>The nice value is read with the raw {@code getpriority} system call, which returns
 * {@code 20 - nice} (1..40), so -1 means an error and nothing else; glibc's {@code getpriority}
 * returns the nice value itself, for which -1 is also a valid result and errno would have to be
 * cleared before the call, which a downcall cannot do reliably.
 */
public final class LinuxScheduler {
    private static final int PRIO_PROCESS = 0;
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");
    private static final MemoryLayout SCHED_PARAM = MemoryLayout.structLayout(JAVA_INT.withName("sched_priority"));

    private static final MethodHandle SETPRIORITY =
            downcall("setpriority", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle SCHED_SETSCHEDULER =
            downcall("sched_setscheduler", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, schedParamAddress()));
    private static final MethodHandle SCHED_GETSCHEDULER =
            downcall("sched_getscheduler", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle SCHED_GETPARAM =
            downcall("sched_getparam", FunctionDescriptor.of(JAVA_INT, JAVA_INT, schedParamAddress()));
    private static final MethodHandle SYSCALL_0 =
            downcall("syscall", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), Linker.Option.firstVariadicArg(1));
    private static final MethodHandle SYSCALL_2 =
            downcall("syscall", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG),
                    Linker.Option.firstVariadicArg(1));

    private final SyscallNumbers numbers;

    private LinuxScheduler(SyscallNumbers numbers) {
        this.numbers = numbers;
    }

    /**
     * The scheduler of this machine.
     *
     * @throws UnsupportedOperationException on an architecture whose system call numbers are unknown
     */
    public static LinuxScheduler system() {
        return new LinuxScheduler(SyscallNumbers.forArchitecture(System.getProperty("os.arch")));
    }

    /** {@code syscall(SYS_gettid)}: the calling thread's Linux thread id. */
    public int gettid() {
        return (int) invoke("syscall(SYS_gettid)",
                (arena, state) -> (long) SYSCALL_0.invokeExact(state, numbers.gettid()));
    }

    /** {@code setpriority(PRIO_PROCESS, tid, nice)}: on Linux this sets one thread's nice value. */
    public void setNice(int tid, int nice) {
        invoke("setpriority(PRIO_PROCESS, " + tid + ", " + nice + ")",
                (arena, state) -> (long) (int) SETPRIORITY.invokeExact(state, PRIO_PROCESS, tid, nice));
    }

    /** The nice value of one thread, from the raw {@code getpriority} system call. */
    public int nice(int tid) {
        long kernelPriority = invoke("syscall(SYS_getpriority, PRIO_PROCESS, " + tid + ")",
                (arena, state) -> (long) SYSCALL_2.invokeExact(state, numbers.getpriority(), (long) PRIO_PROCESS, (long) tid));
        return 20 - (int) kernelPriority;
    }

    /** {@code sched_setscheduler(tid, policy, &{priority})}. */
    public void setScheduler(int tid, int policy, int priority) {
        invoke("sched_setscheduler(" + tid + ", " + policy + ", {" + priority + "})", (arena, state) -> {
            MemorySegment param = arena.allocate(SCHED_PARAM);
            param.set(JAVA_INT, 0, priority);
            return (long) (int) SCHED_SETSCHEDULER.invokeExact(state, tid, policy, param);
        });
    }

    /** {@code sched_getscheduler(tid)}: the policy number, possibly with SCHED_RESET_ON_FORK or'ed in. */
    public int scheduler(int tid) {
        return (int) invoke("sched_getscheduler(" + tid + ")",
                (arena, state) -> (long) (int) SCHED_GETSCHEDULER.invokeExact(state, tid));
    }

    /** {@code sched_getparam(tid, &param)}: the real-time priority (0 for the non-real-time policies). */
    public int rtPriority(int tid) {
        int[] priority = new int[1];
        invoke("sched_getparam(" + tid + ")", (arena, state) -> {
            MemorySegment param = arena.allocate(SCHED_PARAM);
            long result = (int) SCHED_GETPARAM.invokeExact(state, tid, param);
            priority[0] = param.get(JAVA_INT, 0);
            return result;
        });
        return priority[0];
    }

    /** One downcall: its C result widened to long, -1 meaning failure with errno in {@code state}. */
    @FunctionalInterface
    private interface Downcall {
        long call(Arena arena, MemorySegment state) throws Throwable;
    }

    private static long invoke(String call, Downcall downcall) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            long result;
            try {
                result = downcall.call(arena, state);
            } catch (Throwable t) {
                throw new IllegalStateException("downcall " + call + " failed", t);
            }
            if (result == -1) {
                throw new LinuxCallException(call, (int) ERRNO.get(state, 0L));
            }
            return result;
        }
    }

    private static MemoryLayout schedParamAddress() {
        return ADDRESS.withTargetLayout(SCHED_PARAM);
    }

    private static MethodHandle downcall(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment symbol = LIBC.find(name)
                .orElseThrow(() -> new UnsupportedOperationException("the C library has no " + name));
        Linker.Option[] all = new Linker.Option[options.length + 1];
        all[0] = CAPTURE_ERRNO;
        System.arraycopy(options, 0, all, 1, options.length);
        return LINKER.downcallHandle(symbol, descriptor, all);
    }

    /** The system call numbers that differ between architectures. */
    record SyscallNumbers(long gettid, long getpriority) {
        static SyscallNumbers forArchitecture(String arch) {
            return switch (arch) {
                case "amd64", "x86_64" -> new SyscallNumbers(186, 140);
                case "aarch64", "arm64" -> new SyscallNumbers(178, 141);
                case "riscv64" -> new SyscallNumbers(178, 141);
                default -> throw new UnsupportedOperationException(
                        "Booster does not know the system call numbers of architecture " + arch);
            };
        }
    }
}
