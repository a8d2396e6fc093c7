package org.diarist.models.data;

import java.nio.file.Path;

/** A data source whose raw speaker ids become {@code prefix:id}, so that ids of different data sets never clash. */
abstract class PrefixedDataSource implements DataSource {

    private final String name;
    private final String speakerPrefix;
    private final Path root;

    /**
     * @param name          the data set's name in the manifest
     * @param speakerPrefix the prefix of its speaker ids; data sets sharing speakers share a prefix
     * @param root          the data set's folder
     */
    PrefixedDataSource(String name, String speakerPrefix, Path root) {
        this.name = name;
        this.speakerPrefix = speakerPrefix;
        this.root = root;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Path root() {
        return root;
    }

    final String speaker(String rawId) {
        return speakerPrefix + ":" + rawId;
    }
}
