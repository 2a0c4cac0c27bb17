package dev.ringzero.kernel.ob;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * OBJECT_TYPE: a named kind of object, itself an object in {@code \ObjectTypes}. Keeps the live
 * object and handle counts with their high-water marks, as WinObj and Object Explorer show them.
 */
public final class ObjectType {
    private final String name;
    private final int index;
    private final ObjectTypeInitializer initializer;
    private final AtomicInteger objects = new AtomicInteger();
    private final AtomicInteger handles = new AtomicInteger();
    private final AtomicInteger highWaterObjects = new AtomicInteger();
    private final AtomicInteger highWaterHandles = new AtomicInteger();

    ObjectType(String name, int index, ObjectTypeInitializer initializer) {
        this.name = name;
        this.index = index;
        this.initializer = initializer;
    }

    public String name() { return name; }

    public int index() { return index; }

    public ObjectTypeInitializer initializer() { return initializer; }

    public GenericMapping genericMapping() { return initializer.genericMapping(); }

    public int validAccessMask() { return initializer.validAccessMask(); }

    public int totalObjects() { return objects.get(); }

    public int totalHandles() { return handles.get(); }

    public int highWaterObjects() { return highWaterObjects.get(); }

    public int highWaterHandles() { return highWaterHandles.get(); }

    void objectCreated() {
        highWaterObjects.accumulateAndGet(objects.incrementAndGet(), Math::max);
    }

    void objectDeleted() {
        objects.decrementAndGet();
    }

    void handleOpened() {
        highWaterHandles.accumulateAndGet(handles.incrementAndGet(), Math::max);
    }

    void handleClosed() {
        handles.decrementAndGet();
    }

    @Override
    public String toString() {
        return "ObjectType[" + name + "]";
    }
}
