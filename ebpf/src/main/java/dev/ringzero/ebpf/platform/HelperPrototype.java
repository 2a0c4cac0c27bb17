package dev.ringzero.ebpf.platform;

import java.util.List;
import java.util.Objects;

/**
 * One helper as a platform numbers and declares it.
 *
 * @param function the helper
 * @param id the number a {@code call} instruction's immediate holds
 * @param name the C name, e.g. {@code bpf_map_lookup_elem}
 * @param cPrototype its C declaration as the platform's header writes it, e.g.
 *     {@code void *bpf_map_lookup_elem(void *map, const void *key)}
 * @param returns what it leaves in r0
 * @param arguments what it requires of r1, r2, … (at most five)
 */
public record HelperPrototype(
        HelperFunction function, int id, String name, String cPrototype, ReturnKind returns, List<ArgumentKind> arguments) {

    public HelperPrototype {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cPrototype, "cPrototype");
        Objects.requireNonNull(returns, "returns");
        arguments = List.copyOf(arguments);
        if (arguments.size() > 5) {
            throw new IllegalArgumentException(name + " declares " + arguments.size() + " arguments; a helper takes at most 5");
        }
        if (id <= 0) {
            throw new IllegalArgumentException(name + " has helper id " + id + "; ids are positive");
        }
    }
}
