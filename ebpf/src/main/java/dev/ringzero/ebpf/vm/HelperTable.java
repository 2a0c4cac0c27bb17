package dev.ringzero.ebpf.vm;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** The helpers a run may call, by id. Immutable; calling an id it lacks is a {@link ProgramFault}. */
public final class HelperTable {

    private static final HelperTable EMPTY = new HelperTable(new Helper[0]);

    private final Helper[] byId;

    private HelperTable(Helper[] byId) {
        this.byId = byId;
    }

    public static HelperTable empty() { return EMPTY; }

    public static HelperTable of(Map<Integer, ? extends Helper> helpers) {
        int max = helpers.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        Helper[] byId = new Helper[max + 1];
        helpers.forEach((id, helper) -> {
            if (id < 0) {
                throw new IllegalArgumentException("helper id " + id + " is negative");
            }
            byId[id] = helper;
        });
        return new HelperTable(byId);
    }

    /** This table plus (or with a replaced) helper {@code id}. */
    public HelperTable with(int id, Helper helper) {
        if (id < 0) {
            throw new IllegalArgumentException("helper id " + id + " is negative");
        }
        Helper[] copy = Arrays.copyOf(byId, Math.max(byId.length, id + 1));
        copy[id] = helper;
        return new HelperTable(copy);
    }

    /** The helper with this id, or null. */
    public Helper get(long id) {
        return id >= 0 && id < byId.length ? byId[(int) id] : null;
    }

    public boolean contains(long id) { return get(id) != null; }

    /** The ids, ascending, with their helpers. */
    public Map<Integer, Helper> asMap() {
        Map<Integer, Helper> map = new TreeMap<>();
        for (int id = 0; id < byId.length; id++) {
            if (byId[id] != null) {
                map.put(id, byId[id]);
            }
        }
        return map;
    }
}
