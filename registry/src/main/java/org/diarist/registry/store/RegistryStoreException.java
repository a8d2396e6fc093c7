package org.diarist.registry.store;

/** The database failed for a reason the user did not cause (I/O error, lock timeout, a bug). */
public class RegistryStoreException extends RuntimeException {

    public RegistryStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
