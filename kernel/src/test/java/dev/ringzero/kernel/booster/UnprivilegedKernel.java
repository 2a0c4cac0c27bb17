package dev.ringzero.kernel.booster;

import dev.ringzero.kernel.ob.Caller;

/**
 * The Booster device in a process without privileges (run by {@link UnprivilegedKernelTest} as
 * nobody): answers one write as a caller of the given uid and prints the status's name, so the test
 * sees what Linux's own refusals (EPERM, EACCES) become.
 *
 * <p>Arguments: caller uid, thread id, priority.
 */
public final class UnprivilegedKernel {
    private UnprivilegedKernel() {
    }

    public static void main(String[] args) {
        Caller caller = new Caller(1, Integer.parseInt(args[0]), Integer.parseInt(args[0]), 0);
        ThreadData request = new ThreadData(Long.parseLong(args[1]), Integer.parseInt(args[2]));
        System.out.println(BoosterDevice.system().write(caller, request.encode()).status().name());
    }
}
