package org.diarist.models.catalog;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the store found for one catalog entry.
 *
 * @param entry  the catalog entry
 * @param state  present and verified, present without a checksum to verify, missing, or present but corrupt
 * @param path   the file found first on the search path, or null when missing
 * @param actualSha256 the sha256 computed for the file, or null when not computed
 */
public record ModelStatus(ModelEntry entry, State state, Path path, String actualSha256) {

    public enum State {
        VERIFIED("present"),
        UNVERIFIED("present-unverified"),
        MISSING("missing"),
        BAD_CHECKSUM("bad-checksum");

        private final String label;

        State(String label) {
            this.label = label;
        }

        /** The word {@code diarist models list} prints. */
        public String label() {
            return label;
        }
    }

    public Optional<Path> file() {
        return Optional.ofNullable(path);
    }

    public boolean usable() {
        return state == State.VERIFIED || state == State.UNVERIFIED;
    }
}
