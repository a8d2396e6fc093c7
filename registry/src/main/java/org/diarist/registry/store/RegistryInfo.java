package org.diarist.registry.store;

import org.diarist.registry.EmbeddingSpace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The registry's single metadata row: its id, the embedding model its voiceprints belong to (none until the first
 * voiceprint), and its change counter. The generation advances with every write transaction; the removal
 * generation records the last transaction that removed voiceprints, after which an index can no longer be
 * updated by appending.
 */
public record RegistryInfo(String registryId, EmbeddingSpace space, long generation, long lastRemovalGeneration) {

    static String application(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT application FROM registry_info");
             ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** Reads the row without locking it. */
    public static RegistryInfo read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT registry_id, embedding_model, "
            + "embedding_dimension, generation, last_removal_generation FROM registry_info WHERE singleton = 1");
             ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("the registry_info row is missing");
            }
            String model = rows.getString(2);
            EmbeddingSpace space = model == null ? null : new EmbeddingSpace(model, rows.getInt(3));
            return new RegistryInfo(rows.getString(1), space, rows.getLong(4), rows.getLong(5));
        }
    }

    /** Advances the generation, which locks the row until the transaction ends, and returns the new row. */
    static RegistryInfo advanceGeneration(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE registry_info SET generation = generation + 1 WHERE singleton = 1")) {
            update.executeUpdate();
        }
        return read(connection);
    }

    /** Records that this transaction removes voiceprints, so existing indexes must be rebuilt. */
    public void markRemoval(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE registry_info SET last_removal_generation = ? WHERE singleton = 1")) {
            update.setLong(1, generation);
            update.executeUpdate();
        }
    }

    /** Binds an empty registry to an embedding model; called with the first voiceprint. */
    public RegistryInfo adopt(Connection connection, EmbeddingSpace newSpace) throws SQLException {
        if (space != null) {
            throw new IllegalStateException("the registry already holds " + space);
        }
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE registry_info SET embedding_model = ?, embedding_dimension = ? WHERE singleton = 1")) {
            update.setString(1, newSpace.modelId());
            update.setInt(2, newSpace.dimension());
            update.executeUpdate();
        }
        return new RegistryInfo(registryId, newSpace, generation, lastRemovalGeneration);
    }
}
