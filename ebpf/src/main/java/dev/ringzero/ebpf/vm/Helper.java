package dev.ringzero.ebpf.vm;

/**
 * A helper function a program calls by id: arguments in r1-r5, result in r0. Helpers reach program
 * memory only through {@link ExecutionContext#memory()}, whose checked views keep them inside the sandbox.
 */
@FunctionalInterface
public interface Helper {
    long call(ExecutionContext ctx, long r1, long r2, long r3, long r4, long r5);
}
