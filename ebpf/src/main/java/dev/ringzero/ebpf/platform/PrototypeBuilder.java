package dev.ringzero.ebpf.platform;

import java.util.List;

/** Builds a {@link HelperPrototype} from its C declaration, taking the name from the declaration. */
final class PrototypeBuilder {
    private PrototypeBuilder() {}

    static HelperPrototype helper(
            HelperFunction function, int id, String cPrototype, ReturnKind returns, ArgumentKind... arguments) {
        int open = cPrototype.indexOf('(');
        int start = open;
        while (start > 0 && (Character.isLetterOrDigit(cPrototype.charAt(start - 1)) || cPrototype.charAt(start - 1) == '_')) {
            start--;
        }
        return new HelperPrototype(function, id, cPrototype.substring(start, open), cPrototype, returns, List.of(arguments));
    }
}
