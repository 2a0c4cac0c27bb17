package dev.ringzero.kernel.ob;

import dev.ringzero.kernel.sync.DispatcherObject;
import java.util.Objects;

/**
 * OBJECT_TYPE_INITIALIZER: the properties every object of a type shares.
 *
 * @param genericMapping  how generic rights map to the type's specific rights
 * @param validAccessMask the rights that may be requested or granted on objects of the type
 * @param securityRequired whether unnamed objects get a security descriptor too (SecurityRequired);
 *                        named objects always have one
 * @param deleteProcedure runs when the last reference to an object goes (may do nothing)
 * @param waitObject      finds the dispatcher object to wait on in an object's body, or null if the
 *                        type is not waitable
 */
public record ObjectTypeInitializer(
        GenericMapping genericMapping,
        int validAccessMask,
        boolean securityRequired,
        DeleteProcedure deleteProcedure,
        WaitObjectLocator waitObject) {

    /** OB_DELETE_METHOD: cleanup before the object's body is dropped. */
    @FunctionalInterface
    public interface DeleteProcedure {
        void delete(Object body);

        DeleteProcedure NONE = body -> {};
    }

    /** WaitObjectPointerOffset, as a function: the dispatcher header inside a body. */
    @FunctionalInterface
    public interface WaitObjectLocator {
        DispatcherObject locate(Object body);
    }

    public ObjectTypeInitializer {
        Objects.requireNonNull(genericMapping, "genericMapping");
        Objects.requireNonNull(deleteProcedure, "deleteProcedure");
    }

    public boolean waitable() {
        return waitObject != null;
    }
}
