package dev.ringzero.ebpf.btf;

import dev.ringzero.ebpf.btf.CoreRelocation.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves CO-RE relocations of one object against a target BTF as libbpf does before it loads a program:
 * the local access string is turned into a chain of accessors, every target type with the same essential
 * name and a compatible kind is tried as a candidate, and all matching candidates must agree on the new
 * value. A relocation no candidate satisfies yields a "poison" result for the instructions whose meaning
 * depends on it (an offset, a size, an enum value); existence checks simply become 0.
 *
 * <p>One instance per object: like libbpf, the candidate list of each local type is computed once and is
 * narrowed to the candidates that matched as relocations are resolved in order.
 */
public final class CoreRelocator {

    /** The helper id libbpf writes into an instruction it could not relocate ("bad relo"). */
    public static final int POISON_HELPER = 0xbad2310;
    static final int MAX_ACCESSORS = 64;
    private static final int MAX_LEVEL = 32;

    private final Btf local;
    private final CoreTarget target;
    private final Map<Integer, List<Integer>> candidates = new HashMap<>();

    public CoreRelocator(Btf local, CoreTarget target) {
        this.local = local;
        this.target = target;
    }

    /**
     * What to write into the relocated instruction.
     *
     * @param poison            the relocation failed: the instruction becomes a call of {@link #POISON_HELPER}
     * @param originalValue     what the compiler should have written (checked when {@code validate})
     * @param newValue          the value for the target kernel
     * @param failMemSizeAdjust a load or store would have to change size in a way that changes the value read
     * @param originalSize      the field's size in the local type (0 when not an offset of a plain field)
     * @param newSize           the field's size in the target
     */
    public record Result(boolean poison, long originalValue, long newValue, boolean validate, boolean failMemSizeAdjust,
                         int originalSize, int newSize) {
    }

    /** One step of a spec: a named member ({@code name != null}) or an array index (and the root). */
    private record Accessor(int typeId, int index, String name) {
    }

    /** A parsed access: the accessors that matter, every raw index walked, and the bit offset reached. */
    private static final class Spec {
        final Btf btf;
        final int rootTypeId;
        final List<Accessor> accessors = new ArrayList<>();
        final List<Integer> raw = new ArrayList<>();
        long bitOffset;

        Spec(Btf btf, int rootTypeId) {
            this.btf = btf;
            this.rootTypeId = rootTypeId;
        }

        Accessor last() {
            return accessors.get(accessors.size() - 1);
        }
    }

    /** An error code of the calculation (libbpf's -EINVAL, -E2BIG, ...), or the request to poison. */
    private static final class Failure extends Exception {
        final boolean poison;

        Failure(String message, boolean poison) {
            super(message, null, false, false);
            this.poison = poison;
        }

        static Failure error(String message) {
            return new Failure(message, false);
        }
    }

    private static final Failure POISON = new Failure("poison", true);

    /**
     * Resolves one relocation.
     *
     * @throws CoreRelocationException when libbpf would fail the load (a malformed access string, an
     *         ambiguous result, an unsupported kind)
     */
    public Result resolve(CoreRelocation relocation) {
        Kind kind = Kind.of(relocation.kind());
        if (kind == null) {
            throw new CoreRelocationException("unrecognized CO-RE relocation kind " + relocation.kind());
        }
        BtfType localType = local.type(relocation.typeId());
        Spec localSpec;
        try {
            localSpec = parseSpec(relocation, kind);
        } catch (Failure | MalformedBtfException e) {
            throw new CoreRelocationException("parsing [" + relocation.typeId() + "] " + kindName(localType) + " "
                    + (localType.name().isEmpty() ? "<anon>" : localType.name()) + " + " + relocation.accessString()
                    + " failed: " + e.getMessage());
        }
        if (kind == Kind.TYPE_ID_LOCAL) {
            return new Result(false, relocation.typeId(), relocation.typeId(), false, false, 0, 0);
        }
        if (localType.name().isEmpty()) {
            throw new CoreRelocationException("target candidate search failed for [" + relocation.typeId() + "] "
                    + kindName(localType) + " (anonymous types cannot be relocated)");
        }
        List<Integer> cands = candidates.computeIfAbsent(relocation.typeId(), this::findCandidates);
        try {
            Result chosen = null;
            Spec chosenSpec = null;
            List<Integer> kept = new ArrayList<>();
            for (int candidate : cands) {
                Spec candidateSpec = new Spec(target.btf(), candidate);
                int matched = match(localSpec, kind, candidate, candidateSpec);
                if (matched < 0) {
                    throw Failure.error("error matching candidate [" + candidate + "] " + target.btf().nameOf(candidate));
                }
                if (matched == 0) {
                    continue;
                }
                Result result = calculate(kind, localSpec, candidateSpec);
                if (chosen == null) {
                    chosen = result;
                    chosenSpec = candidateSpec;
                } else if (candidateSpec.bitOffset != chosenSpec.bitOffset) {
                    throw Failure.error("field offset ambiguity: " + candidateSpec.bitOffset + " != " + chosenSpec.bitOffset);
                } else if (result.poison() != chosen.poison() || result.newValue() != chosen.newValue()) {
                    throw Failure.error("relocation decision ambiguity: " + describe(result) + " != " + describe(chosen));
                }
                kept.add(candidate);
            }
            if (!kept.isEmpty()) {
                candidates.put(relocation.typeId(), kept);
                return chosen;
            }
            return calculate(kind, localSpec, null);
        } catch (Failure | MalformedBtfException e) {
            throw new CoreRelocationException(e.getMessage());
        }
    }

    private static String describe(Result result) {
        return (result.poison() ? "failure " : "success ") + Long.toUnsignedString(result.newValue());
    }

    private List<Integer> findCandidates(int localId) {
        BtfType localType = local.type(localId);
        List<Integer> found = new ArrayList<>();
        for (int id : target.withEssentialName(CoreTarget.essentialName(localType.name()))) {
            if (kindsCompatible(target.btf().type(id), localType)) {
                found.add(id);
            }
        }
        return found;
    }

    private static boolean isEnum(BtfType type) {
        return type instanceof BtfType.Enum || type instanceof BtfType.Enum64;
    }

    private static boolean isComposite(BtfType type) {
        return type instanceof BtfType.Struct || type instanceof BtfType.Union;
    }

    private static boolean kindsCompatible(BtfType a, BtfType b) {
        return a.kind() == b.kind() || (isEnum(a) && isEnum(b));
    }

    private static String kindName(BtfType type) {
        return type instanceof BtfType.Void ? "UNKN" : type.kind().name().toLowerCase();
    }

    private static List<BtfType.Member> members(BtfType type) {
        return switch (type) {
            case BtfType.Struct s -> s.members();
            case BtfType.Union u -> u.members();
            default -> List.of();
        };
    }

    private static List<BtfType.Enumerator> enumerators(BtfType type) {
        return switch (type) {
            case BtfType.Enum e -> e.values();
            case BtfType.Enum64 e -> e.values();
            default -> List.of();
        };
    }

    private static long sizeOf(Btf btf, int id) throws Failure {
        try {
            return btf.sizeOf(id);
        } catch (MalformedBtfException e) {
            throw Failure.error("cannot size type [" + id + "]");
        }
    }

    // ---- access string -> spec ----

    private Spec parseSpec(CoreRelocation relocation, Kind kind) throws Failure {
        String text = relocation.accessString();
        if (text.isEmpty() || text.charAt(0) == ':') {
            throw Failure.error("empty access string");
        }
        Spec spec = new Spec(local, relocation.typeId());
        if (kind.typeBased()) {
            if (!text.equals("0")) {
                throw Failure.error("a type relocation's access string must be \"0\"");
            }
            return spec;
        }
        List<Integer> raw = parseIndices(text);
        int id = local.resolve(relocation.typeId());
        BtfType type = local.type(id);
        int first = raw.get(0);
        spec.raw.addAll(raw);
        if (kind.enumValueBased()) {
            if (!isEnum(type) || raw.size() > 1 || first >= enumerators(type).size()) {
                throw Failure.error("not an enumerator of an enum");
            }
            spec.accessors.add(new Accessor(id, first, enumerators(type).get(first).name()));
            return spec;
        }
        spec.accessors.add(new Accessor(id, first, null));
        spec.bitOffset = first * sizeOf(local, id) * 8;
        for (int i = 1; i < raw.size(); i++) {
            id = local.resolve(id);
            type = local.type(id);
            int index = raw.get(i);
            if (isComposite(type)) {
                List<BtfType.Member> members = members(type);
                if (index >= members.size()) {
                    throw Failure.error("member " + index + " of a type with " + members.size());
                }
                BtfType.Member member = members.get(index);
                spec.bitOffset += member.bitOffset();
                if (!member.name().isEmpty()) {
                    spec.accessors.add(new Accessor(id, index, member.name()));
                }
                id = member.type();
            } else if (type instanceof BtfType.Array array) {
                id = local.resolve(array.elementType());
                if (!isFlexible(local, spec.last(), array) && index >= array.elements()) {
                    throw Failure.error("index " + index + " past an array of " + array.elements());
                }
                spec.accessors.add(new Accessor(id, index, null));
                spec.bitOffset += index * sizeOf(local, id) * 8;
            } else {
                throw Failure.error("access " + index + " (at idx " + i + ") captures type [" + id + "] of unexpected kind "
                        + kindName(type));
            }
        }
        return spec;
    }

    private static List<Integer> parseIndices(String text) throws Failure {
        List<Integer> raw = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (text.charAt(at) == ':') {
                at++;
            }
            int start = at;
            if (at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
                at++;
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            long value;
            try {
                value = Long.parseLong(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw Failure.error("malformed access string '" + text + "'");
            }
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw Failure.error("negative index in '" + text + "'");
            }
            if (raw.size() == MAX_ACCESSORS) {
                throw Failure.error("access string too long (E2BIG)");
            }
            raw.add((int) value);
        }
        if (raw.isEmpty()) {
            throw Failure.error("empty access string");
        }
        return raw;
    }

    /** A zero-length array that is the last member of the struct the previous accessor named. */
    private static boolean isFlexible(Btf btf, Accessor previous, BtfType.Array array) {
        if (previous.name() == null || array.elements() > 0) {
            return false;
        }
        return previous.index() == members(btf.type(previous.typeId())).size() - 1;
    }

    // ---- matching a candidate ----

    private int match(Spec localSpec, Kind kind, int targetId, Spec spec) throws Failure {
        Btf targetBtf = target.btf();
        if (kind.typeBased()) {
            return kind == Kind.TYPE_MATCHES
                    ? typesMatch(local, localSpec.rootTypeId, targetBtf, targetId, false, MAX_LEVEL)
                    : typesCompatible(local, localSpec.rootTypeId, targetBtf, targetId, MAX_LEVEL);
        }
        if (kind.enumValueBased()) {
            int id = targetBtf.resolve(targetId);
            BtfType type = targetBtf.type(id);
            if (!isEnum(type)) {
                return 0;
            }
            String wanted = CoreTarget.essentialName(localSpec.accessors.get(0).name());
            List<BtfType.Enumerator> values = enumerators(type);
            for (int i = 0; i < values.size(); i++) {
                if (CoreTarget.essentialName(values.get(i).name()).equals(wanted)) {
                    spec.accessors.add(new Accessor(id, i, values.get(i).name()));
                    spec.raw.add(i);
                    return 1;
                }
            }
            return 0;
        }
        int[] current = {targetId};
        for (int i = 0; i < localSpec.accessors.size(); i++) {
            Accessor localAccessor = localSpec.accessors.get(i);
            current[0] = targetBtf.resolve(current[0]);
            BtfType type = targetBtf.type(current[0]);
            if (localAccessor.name() != null) {
                int matched = matchMember(localAccessor, current[0], spec, current);
                if (matched <= 0) {
                    return matched;
                }
            } else {
                if (i > 0) {
                    if (!(type instanceof BtfType.Array array)) {
                        return 0;
                    }
                    if (!isFlexible(targetBtf, spec.last(), array) && localAccessor.index() >= array.elements()) {
                        return 0;
                    }
                    current[0] = targetBtf.resolve(array.elementType());
                }
                if (spec.raw.size() == MAX_ACCESSORS) {
                    throw Failure.error("target access too deep (E2BIG)");
                }
                spec.accessors.add(new Accessor(current[0], localAccessor.index(), null));
                spec.raw.add(localAccessor.index());
                spec.bitOffset += localAccessor.index() * sizeOf(targetBtf, current[0]) * 8;
            }
        }
        return 1;
    }

    /**
     * Looks for the local accessor's member by name in the target composite, descending into anonymous
     * members; on success the target spec has the member's accessor and {@code next[0]} is its type.
     */
    private int matchMember(Accessor localAccessor, int targetId, Spec spec, int[] next) throws Failure {
        Btf targetBtf = target.btf();
        targetId = targetBtf.resolve(targetId);
        BtfType targetType = targetBtf.type(targetId);
        if (!isComposite(targetType)) {
            return 0;
        }
        BtfType.Member localMember = members(local.type(localAccessor.typeId())).get(localAccessor.index());
        List<BtfType.Member> targetMembers = members(targetType);
        for (int i = 0; i < targetMembers.size(); i++) {
            BtfType.Member member = targetMembers.get(i);
            if (spec.raw.size() == MAX_ACCESSORS) {
                throw Failure.error("target access too deep (E2BIG)");
            }
            spec.bitOffset += member.bitOffset();
            spec.raw.add(i);
            if (member.name().isEmpty()) {
                int found = matchMember(localAccessor, member.type(), spec, next);
                if (found != 0) {
                    return found;
                }
            } else if (member.name().equals(localMember.name())) {
                spec.accessors.add(new Accessor(targetId, i, member.name()));
                next[0] = member.type();
                int compatible = fieldsCompatible(localMember.type(), member.type());
                if (compatible == 0) {
                    spec.accessors.remove(spec.accessors.size() - 1);
                }
                return compatible;
            }
            spec.bitOffset -= member.bitOffset();
            spec.raw.remove(spec.raw.size() - 1);
        }
        return 0;
    }

    private int fieldsCompatible(int localId, int targetId) throws Failure {
        Btf targetBtf = target.btf();
        for (int depth = 0; ; depth++) {
            if (depth > MAX_LEVEL) {
                throw Failure.error("array types nest deeper than " + MAX_LEVEL);
            }
            localId = local.resolve(localId);
            targetId = targetBtf.resolve(targetId);
            BtfType localType = local.type(localId);
            BtfType targetType = targetBtf.type(targetId);
            if (isComposite(localType) && isComposite(targetType)) {
                return 1;
            }
            if (!kindsCompatible(localType, targetType)) {
                return 0;
            }
            switch (localType) {
                case BtfType.Ptr p -> {
                    return 1;
                }
                case BtfType.Float f -> {
                    return 1;
                }
                case BtfType.Fwd f -> {
                    return namesCompatible(localType.name(), targetType.name()) ? 1 : 0;
                }
                case BtfType.Enum e -> {
                    return namesCompatible(localType.name(), targetType.name()) ? 1 : 0;
                }
                case BtfType.Enum64 e -> {
                    return namesCompatible(localType.name(), targetType.name()) ? 1 : 0;
                }
                case BtfType.Int i -> {
                    return i.bitOffset() == 0 && ((BtfType.Int) targetType).bitOffset() == 0 ? 1 : 0;
                }
                case BtfType.Array a -> {
                    localId = a.elementType();
                    targetId = ((BtfType.Array) targetType).elementType();
                }
                default -> {
                    return 0;
                }
            }
        }
    }

    /** One of the names is anonymous, or both have the same essential name. */
    private static boolean namesCompatible(String a, String b) {
        String x = CoreTarget.essentialName(a);
        String y = CoreTarget.essentialName(b);
        return x.isEmpty() || y.isEmpty() || x.equals(y);
    }

    /** libbpf's type compatibility for type-based relocations (names already matched at the root). */
    static int typesCompatible(Btf localBtf, int localId, Btf targetBtf, int targetId, int level) {
        if (!kindsCompatible(localBtf.type(localId), targetBtf.type(targetId))) {
            return 0;
        }
        for (int depth = 32; ; ) {
            if (--depth < 0) {
                return -1;
            }
            localId = localBtf.resolve(localId);
            targetId = targetBtf.resolve(targetId);
            BtfType localType = localBtf.type(localId);
            BtfType targetType = targetBtf.type(targetId);
            if (!kindsCompatible(localType, targetType)) {
                return 0;
            }
            switch (localType) {
                case BtfType.Void v -> {
                    return 1;
                }
                case BtfType.Struct s -> {
                    return 1;
                }
                case BtfType.Union u -> {
                    return 1;
                }
                case BtfType.Enum e -> {
                    return 1;
                }
                case BtfType.Enum64 e -> {
                    return 1;
                }
                case BtfType.Fwd f -> {
                    return 1;
                }
                case BtfType.Int i -> {
                    return i.bitOffset() == 0 && ((BtfType.Int) targetType).bitOffset() == 0 ? 1 : 0;
                }
                case BtfType.Ptr p -> {
                    localId = p.type();
                    targetId = ((BtfType.Ptr) targetType).type();
                }
                case BtfType.Array a -> {
                    localId = a.elementType();
                    targetId = ((BtfType.Array) targetType).elementType();
                }
                case BtfType.FuncProto p -> {
                    BtfType.FuncProto q = (BtfType.FuncProto) targetType;
                    if (p.parameters().size() != q.parameters().size()) {
                        return 0;
                    }
                    for (int i = 0; i < p.parameters().size(); i++) {
                        if (level <= 0) {
                            return -1;
                        }
                        int result = typesCompatible(localBtf, localBtf.resolve(p.parameters().get(i).type()), targetBtf,
                                targetBtf.resolve(q.parameters().get(i).type()), level - 1);
                        if (result <= 0) {
                            return result;
                        }
                    }
                    localId = localBtf.resolve(p.returnType());
                    targetId = targetBtf.resolve(q.returnType());
                }
                default -> {
                    return 0;
                }
            }
        }
    }

    /** Names equal after dropping flavors; an anonymous target matches only an anonymous local. */
    private static boolean namesMatch(String localName, String targetName) {
        if (targetName.isEmpty()) {
            return localName.isEmpty();
        }
        return CoreTarget.essentialName(localName).equals(CoreTarget.essentialName(targetName));
    }

    private static boolean kindFlag(BtfType type) {
        return switch (type) {
            case BtfType.Fwd f -> f.union();
            case BtfType.Enum e -> e.signed();
            case BtfType.Enum64 e -> e.signed();
            default -> false;
        };
    }

    private static long rawSize(BtfType type) {
        return switch (type) {
            case BtfType.Int i -> Integer.toUnsignedLong(i.size());
            case BtfType.Enum e -> e.size();
            case BtfType.Enum64 e -> e.size();
            case BtfType.Struct s -> s.size();
            case BtfType.Union u -> u.size();
            case BtfType.Float f -> f.size();
            case BtfType.Datasec d -> d.size();
            default -> 0;
        };
    }

    /** libbpf's stricter "types match" relation (TYPE_MATCHES relocations). */
    static int typesMatch(Btf localBtf, int localId, Btf targetBtf, int targetId, boolean behindPointer, int level) {
        if (level <= 0) {
            return -1;
        }
        for (int depth = 32; ; ) {
            if (--depth < 0) {
                return -1;
            }
            localId = localBtf.resolve(localId);
            targetId = targetBtf.resolve(targetId);
            BtfType localType = localBtf.type(localId);
            BtfType targetType = targetBtf.type(targetId);
            String localName = localType instanceof BtfType.Void ? "" : localType.name();
            String targetName = targetType instanceof BtfType.Void ? "" : targetType.name();
            if (!namesMatch(localName, targetName)) {
                return 0;
            }
            BtfKind localKind = localType.kind();
            BtfKind targetKind = targetType.kind();
            switch (localType) {
                case BtfType.Void v -> {
                    return localKind == targetKind ? 1 : 0;
                }
                case BtfType.Fwd f -> {
                    if (behindPointer && localKind != targetKind) {
                        return (targetKind == BtfKind.STRUCT && !f.union()) || (targetKind == BtfKind.UNION && f.union()) ? 1 : 0;
                    }
                    if (localKind != targetKind) {
                        return 0;
                    }
                    return f.union() == kindFlag(targetType) ? 1 : 0;
                }
                case BtfType.Enum e -> {
                    return enumsMatch(localType, targetType) ? 1 : 0;
                }
                case BtfType.Enum64 e -> {
                    return enumsMatch(localType, targetType) ? 1 : 0;
                }
                case BtfType.Struct s -> {
                    return compositesMatch(localBtf, localType, targetBtf, targetType, behindPointer, level);
                }
                case BtfType.Union u -> {
                    return compositesMatch(localBtf, localType, targetBtf, targetType, behindPointer, level);
                }
                case BtfType.Int i -> {
                    if (!(targetType instanceof BtfType.Int t)) {
                        return 0;
                    }
                    return i.size() == t.size() && (i.encoding() & BtfType.Int.SIGNED) == (t.encoding() & BtfType.Int.SIGNED)
                            ? 1 : 0;
                }
                case BtfType.Ptr p -> {
                    if (!(targetType instanceof BtfType.Ptr t)) {
                        return 0;
                    }
                    behindPointer = true;
                    localId = p.type();
                    targetId = t.type();
                }
                case BtfType.Array a -> {
                    if (!(targetType instanceof BtfType.Array t) || a.elements() != t.elements()) {
                        return 0;
                    }
                    localId = a.elementType();
                    targetId = t.elementType();
                }
                case BtfType.FuncProto p -> {
                    if (!(targetType instanceof BtfType.FuncProto q) || p.parameters().size() != q.parameters().size()) {
                        return 0;
                    }
                    for (int i = 0; i < p.parameters().size(); i++) {
                        int result = typesMatch(localBtf, p.parameters().get(i).type(), targetBtf, q.parameters().get(i).type(),
                                behindPointer, level - 1);
                        if (result <= 0) {
                            return result;
                        }
                    }
                    localId = p.returnType();
                    targetId = q.returnType();
                }
                default -> {
                    return 0;
                }
            }
        }
    }

    private static boolean enumsMatch(BtfType localType, BtfType targetType) {
        if (!isEnum(targetType) || rawSize(localType) != rawSize(targetType)) {
            return false;
        }
        List<BtfType.Enumerator> localValues = enumerators(localType);
        List<BtfType.Enumerator> targetValues = enumerators(targetType);
        if (localValues.size() > targetValues.size()) {
            return false;
        }
        for (BtfType.Enumerator value : localValues) {
            if (targetValues.stream().noneMatch(t -> namesMatch(value.name(), t.name()))) {
                return false;
            }
        }
        return true;
    }

    private static int compositesMatch(Btf localBtf, BtfType localType, Btf targetBtf, BtfType targetType,
                                       boolean behindPointer, int level) {
        if (behindPointer) {
            if (localType.kind() == targetType.kind()) {
                return 1;
            }
            if (!(targetType instanceof BtfType.Fwd fwd)) {
                return 0;
            }
            return (localType.kind() == BtfKind.UNION) == fwd.union() ? 1 : 0;
        }
        if (localType.kind() != targetType.kind()) {
            return 0;
        }
        List<BtfType.Member> localMembers = members(localType);
        List<BtfType.Member> targetMembers = members(targetType);
        if (localMembers.size() > targetMembers.size()) {
            return 0;
        }
        for (BtfType.Member localMember : localMembers) {
            boolean matched = false;
            for (BtfType.Member targetMember : targetMembers) {
                if (!namesMatch(localMember.name(), targetMember.name())) {
                    continue;
                }
                int result = typesMatch(localBtf, localMember.type(), targetBtf, targetMember.type(), behindPointer, level - 1);
                if (result < 0) {
                    return result;
                }
                if (result > 0) {
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                return 0;
            }
        }
        return 1;
    }

    // ---- values ----

    /** Value, memory size and type of one side of a relocation. */
    private record Side(long value, int size, int typeId, boolean validate) {
    }

    private Result calculate(Kind kind, Spec localSpec, Spec targetSpec) throws Failure {
        try {
            Side original;
            Side updated;
            if (kind.fieldBased()) {
                original = fieldValue(kind, localSpec);
                updated = fieldValue(kind, targetSpec);
                boolean failAdjust = false;
                if (original.size() != updated.size()) {
                    BtfType originalType = local.type(original.typeId());
                    BtfType newType = target.btf().type(updated.typeId());
                    boolean pointers = originalType instanceof BtfType.Ptr && newType instanceof BtfType.Ptr;
                    boolean unsignedInts = originalType instanceof BtfType.Int a && newType instanceof BtfType.Int b
                            && a.encoding() != BtfType.Int.SIGNED && b.encoding() != BtfType.Int.SIGNED;
                    failAdjust = !pointers && !unsignedInts;
                }
                return new Result(false, original.value(), updated.value(), original.validate(), failAdjust,
                        original.size(), updated.size());
            } else if (kind.typeBased()) {
                original = typeValue(kind, localSpec);
                updated = typeValue(kind, targetSpec);
            } else {
                original = enumValue(kind, localSpec);
                updated = enumValue(kind, targetSpec);
            }
            return new Result(false, original.value(), updated.value(), original.validate(), false, 0, 0);
        } catch (Failure failure) {
            if (failure.poison) {
                return new Result(true, 0, 0, true, false, 0, 0);
            }
            throw failure;
        }
    }

    private static int elementSize(Btf btf, int id) throws Failure {
        id = btf.resolve(id);
        while (btf.type(id) instanceof BtfType.Array array) {
            id = btf.resolve(array.elementType());
        }
        return (int) sizeOf(btf, id);
    }

    private static Side fieldValue(Kind kind, Spec spec) throws Failure {
        if (kind == Kind.FIELD_EXISTS) {
            return new Side(spec != null ? 1 : 0, 0, 0, true);
        }
        if (spec == null) {
            throw POISON;
        }
        Btf btf = spec.btf;
        Accessor accessor = spec.last();
        if (accessor.name() == null) {
            return switch (kind) {
                case FIELD_BYTE_OFFSET -> new Side(spec.bitOffset / 8, elementSize(btf, accessor.typeId()), accessor.typeId(), true);
                case FIELD_BYTE_SIZE -> new Side(sizeOf(btf, accessor.typeId()), 0, 0, true);
                default -> throw Failure.error("relocation " + kind.label() + " cannot be applied to an array access");
            };
        }
        BtfType.Member member = members(btf.type(accessor.typeId())).get(accessor.index());
        int fieldTypeId = btf.resolve(member.type());
        BtfType fieldType = btf.type(fieldTypeId);
        long bitOffset = spec.bitOffset;
        long bitSize = member.bitfieldSize();
        boolean bitfield = bitSize > 0;
        long byteSize;
        long byteOffset;
        if (bitfield) {
            byteSize = rawSize(fieldType);
            if (byteSize == 0) {
                throw Failure.error("bitfield of a sizeless type");
            }
            byteOffset = bitOffset / 8 / byteSize * byteSize;
            while (bitOffset + bitSize - byteOffset * 8 > byteSize * 8) {
                if (byteSize >= 8) {
                    throw Failure.error("bitfield cannot be read with a 64-bit load (E2BIG)");
                }
                byteSize *= 2;
                byteOffset = bitOffset / 8 / byteSize * byteSize;
            }
        } else {
            byteSize = sizeOf(btf, fieldTypeId);
            byteOffset = bitOffset / 8;
            bitSize = byteSize * 8;
        }
        boolean validate = !bitfield;
        return switch (kind) {
            case FIELD_BYTE_OFFSET -> bitfield ? new Side(byteOffset, 0, 0, validate)
                    : new Side(byteOffset, elementSize(btf, fieldTypeId), fieldTypeId, validate);
            case FIELD_BYTE_SIZE -> new Side(byteSize, 0, 0, validate);
            case FIELD_SIGNED -> {
                boolean signed = (isEnum(fieldType) && kindFlag(fieldType))
                        || (fieldType instanceof BtfType.Int i && (i.encoding() & BtfType.Int.SIGNED) != 0);
                yield new Side(signed ? 1 : 0, 0, 0, true);
            }
            case FIELD_LSHIFT_U64 -> new Side((64 - (bitOffset + bitSize - byteOffset * 8)) & 0xffff_ffffL, 0, 0, validate);
            case FIELD_RSHIFT_U64 -> new Side(64 - bitSize, 0, 0, true);
            default -> throw Failure.error("unrecognized CO-RE relocation " + kind.label());
        };
    }

    private static Side typeValue(Kind kind, Spec spec) throws Failure {
        if (spec == null) {
            return new Side(0, 0, 0, true);
        }
        return switch (kind) {
            case TYPE_ID_TARGET -> new Side(spec.rootTypeId, 0, 0, false);
            case TYPE_EXISTS, TYPE_MATCHES -> new Side(1, 0, 0, true);
            case TYPE_SIZE -> new Side(sizeOf(spec.btf, spec.rootTypeId), 0, 0, true);
            default -> throw Failure.error("unrecognized CO-RE relocation " + kind.label());
        };
    }

    private static Side enumValue(Kind kind, Spec spec) throws Failure {
        if (kind == Kind.ENUMVAL_EXISTS) {
            return new Side(spec != null ? 1 : 0, 0, 0, true);
        }
        if (spec == null) {
            throw POISON;
        }
        Accessor accessor = spec.accessors.get(0);
        BtfType type = spec.btf.type(accessor.typeId());
        long value = enumerators(type).get(accessor.index()).value();
        if (type instanceof BtfType.Enum) {
            value = (int) value;
        }
        return new Side(value, 0, 0, true);
    }

    // ---- patching ----

    private static final int CLASS_LD = 0x00;
    private static final int CLASS_LDX = 0x01;
    private static final int CLASS_ST = 0x02;
    private static final int CLASS_STX = 0x03;
    private static final int CLASS_ALU = 0x04;
    private static final int CLASS_ALU64 = 0x07;
    private static final int LD_IMM64 = 0x18;
    private static final int CALL = 0x85;

    /**
     * Writes a result into the instruction at {@code slot}, checking first that the instruction holds the
     * value the local types imply (libbpf refuses the object otherwise).
     *
     * @throws CoreRelocationException when the instruction cannot carry the relocation
     */
    public static void patch(byte[] code, int slot, Result result) {
        int at = slot * 8;
        if (slot < 0 || at + 8 > code.length) {
            throw new CoreRelocationException("instruction #" + slot + " is outside the code");
        }
        int opcode = code[at] & 0xff;
        if (result.poison()) {
            poison(code, slot, opcode);
            return;
        }
        long original = result.originalValue();
        long updated = result.newValue();
        switch (opcode & 0x07) {
            case CLASS_ALU, CLASS_ALU64 -> {
                if ((opcode & 0x08) != 0) {
                    throw new CoreRelocationException("insn #" + slot + " (ALU/ALU64) has a register source");
                }
                int imm = imm(code, at);
                if (result.validate() && imm != original) {
                    throw new CoreRelocationException("unexpected insn #" + slot + " (ALU/ALU64) value: got " + imm + ", exp "
                            + Long.toUnsignedString(original) + " -> " + Long.toUnsignedString(updated));
                }
                setImm(code, at, (int) updated);
            }
            case CLASS_LDX, CLASS_ST, CLASS_STX -> {
                short off = (short) ((code[at + 2] & 0xff) | (code[at + 3] & 0xff) << 8);
                if (result.validate() && off != original) {
                    throw new CoreRelocationException("unexpected insn #" + slot + " (LDX/ST/STX) value: got " + off + ", exp "
                            + Long.toUnsignedString(original) + " -> " + Long.toUnsignedString(updated));
                }
                if (Long.compareUnsigned(updated, Short.MAX_VALUE) > 0) {
                    throw new CoreRelocationException("insn #" + slot + " (LDX/ST/STX) value too big: "
                            + Long.toUnsignedString(updated));
                }
                if (result.failMemSizeAdjust()) {
                    poison(code, slot, opcode);
                    return;
                }
                code[at + 2] = (byte) updated;
                code[at + 3] = (byte) (updated >> 8);
                if (result.newSize() != result.originalSize()) {
                    int bytes = switch (opcode & 0x18) {
                        case 0x18 -> 8;
                        case 0x00 -> 4;
                        case 0x08 -> 2;
                        default -> 1;
                    };
                    if (bytes != result.originalSize()) {
                        throw new CoreRelocationException("insn #" + slot + " (LDX/ST/STX) unexpected mem size: got " + bytes
                                + ", exp " + result.originalSize());
                    }
                    int sizeCode = switch (result.newSize()) {
                        case 8 -> 0x18;
                        case 4 -> 0x00;
                        case 2 -> 0x08;
                        case 1 -> 0x10;
                        default -> throw new CoreRelocationException("insn #" + slot + " (LDX/ST/STX) invalid new mem size: "
                                + result.newSize());
                    };
                    code[at] = (byte) ((opcode & 0xe7) | sizeCode);
                }
            }
            case CLASS_LD -> {
                boolean wellFormed = opcode == LD_IMM64 && at + 16 <= code.length && (code[at + 1] & 0xf0) == 0
                        && code[at + 2] == 0 && code[at + 3] == 0 && code[at + 8] == 0 && code[at + 9] == 0
                        && code[at + 10] == 0 && code[at + 11] == 0;
                if (!wellFormed) {
                    throw new CoreRelocationException("insn #" + slot + " (LDIMM64) has unexpected form");
                }
                long imm = Integer.toUnsignedLong(imm(code, at)) | (long) imm(code, at + 8) << 32;
                if (result.validate() && imm != original) {
                    throw new CoreRelocationException("unexpected insn #" + slot + " (LDIMM64) value: got "
                            + Long.toUnsignedString(imm) + ", exp " + Long.toUnsignedString(original) + " -> "
                            + Long.toUnsignedString(updated));
                }
                setImm(code, at, (int) updated);
                setImm(code, at + 8, (int) (updated >>> 32));
            }
            default -> throw new CoreRelocationException("trying to relocate unrecognized insn #" + slot + ", code:0x"
                    + Integer.toHexString(opcode));
        }
    }

    private static void poison(byte[] code, int slot, int opcode) {
        int at = slot * 8;
        if (opcode == LD_IMM64 && at + 16 <= code.length) {
            poisonOne(code, at + 8);
        }
        poisonOne(code, at);
    }

    private static void poisonOne(byte[] code, int at) {
        code[at] = (byte) CALL;
        code[at + 1] = 0;
        code[at + 2] = 0;
        code[at + 3] = 0;
        setImm(code, at, POISON_HELPER);
    }

    private static int imm(byte[] code, int at) {
        return (code[at + 4] & 0xff) | (code[at + 5] & 0xff) << 8 | (code[at + 6] & 0xff) << 16 | code[at + 7] << 24;
    }

    private static void setImm(byte[] code, int at, int imm) {
        code[at + 4] = (byte) imm;
        code[at + 5] = (byte) (imm >> 8);
        code[at + 6] = (byte) (imm >> 16);
        code[at + 7] = (byte) (imm >> 24);
    }
}
