package org.diarist.models.catalog;

import java.io.IOException;

/** A downloaded file whose sha256 is not the expected one; the download is discarded. */
public final class ChecksumMismatchException extends IOException {

    public ChecksumMismatchException(String message) {
        super(message);
    }
}
