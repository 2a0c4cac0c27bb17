package dev.ringzero.ebpf.verifier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A global (non-static) BPF function, which Linux verifies on its own rather than at each call: callers
 * must pass what its BTF signature declares, and its body is judged once, for any such arguments (a
 * memory argument may then be NULL). From BTF func_info and the FUNC_PROTO, as {@code btf_prepare_func_args}.
 *
 * @param name the function's name
 * @param parameters what each argument register r1, r2, … must hold
 * @param unsupported why Linux refuses the signature (e.g. a {@code void} return), when it does
 */
public record GlobalFunction(String name, List<Parameter> parameters, Optional<String> unsupported) {

    public GlobalFunction {
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(unsupported, "unsupported");
        if (parameters.size() > 5) {
            throw new IllegalArgumentException(name + " declares " + parameters.size() + " parameters; at most 5 fit in r1-r5");
        }
    }

    public static GlobalFunction of(String name, List<Parameter> parameters) {
        return new GlobalFunction(name, parameters, Optional.empty());
    }

    public static GlobalFunction refused(String name, String why) {
        return new GlobalFunction(name, List.of(), Optional.of(why));
    }

    /** What one argument register must hold. */
    public sealed interface Parameter {
        /** A number (an integer or enum parameter). */
        record Number() implements Parameter {}

        /** The program's context pointer (a pointer to the program type's context struct). */
        record Context() implements Parameter {}

        /** A pointer to {@code size} readable and writable bytes, or NULL unless {@code nullable} is false. */
        record Memory(long size, boolean nullable) implements Parameter {
            public Memory {
                if (size <= 0) {
                    throw new IllegalArgumentException("a memory parameter has a positive size, not " + size);
                }
            }
        }
    }
}
