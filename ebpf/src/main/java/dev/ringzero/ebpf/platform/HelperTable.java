package dev.ringzero.ebpf.platform;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The helpers of one platform, by number and by function. Immutable. */
public final class HelperTable {
    private static final HelperTable WINDOWS = new HelperTable(Platform.WINDOWS, WindowsHelpers.PROTOTYPES);
    private static final HelperTable LINUX = new HelperTable(Platform.LINUX, LinuxHelpers.PROTOTYPES);

    private final Platform platform;
    private final Map<Integer, HelperPrototype> byId;
    private final Map<HelperFunction, HelperPrototype> byFunction;

    private HelperTable(Platform platform, List<HelperPrototype> prototypes) {
        this.platform = platform;
        var ids = new TreeMap<Integer, HelperPrototype>();
        var functions = new EnumMap<HelperFunction, HelperPrototype>(HelperFunction.class);
        for (HelperPrototype prototype : prototypes) {
            if (ids.put(prototype.id(), prototype) != null) {
                throw new IllegalStateException(platform + " helper id " + prototype.id() + " is declared twice");
            }
            if (functions.put(prototype.function(), prototype) != null) {
                throw new IllegalStateException(platform + " helper " + prototype.function() + " is declared twice");
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byFunction = Collections.unmodifiableMap(functions);
    }

    public static HelperTable of(Platform platform) {
        return switch (platform) {
            case WINDOWS -> WINDOWS;
            case LINUX -> LINUX;
        };
    }

    public Platform platform() { return platform; }

    /** The helper a {@code call} immediate names, if this platform has one with that number. */
    public Optional<HelperPrototype> byId(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The helper a {@code call} immediate names; throws {@link UnknownHelperException} when there is none. */
    public HelperPrototype require(int id) {
        HelperPrototype prototype = byId.get(id);
        if (prototype == null) {
            throw new UnknownHelperException(platform, id);
        }
        return prototype;
    }

    /** This platform's declaration of a helper, or empty when the platform lacks it. */
    public Optional<HelperPrototype> of(HelperFunction function) {
        return Optional.ofNullable(byFunction.get(function));
    }

    public boolean has(HelperFunction function) {
        return byFunction.containsKey(function);
    }

    /** Every helper of this platform, by increasing id. */
    public List<HelperPrototype> all() {
        return List.copyOf(byId.values());
    }
}
