package org.diarist.registry.store;

import org.diarist.registry.RecordingInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** SQL for the {@code recordings} table; a recording is identified by its content hash. */
public final class RecordingTable {

    private RecordingTable() {
    }

    public static Optional<Long> findByHash(Connection connection, String contentHash) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT id FROM recordings WHERE content_hash = ?")) {
            query.setString(1, contentHash);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The id of the recording with this content, inserting it when new. */
    public static long findOrInsert(Connection connection, RecordingInfo recording) throws SQLException {
        Optional<Long> existing = findByHash(connection, recording.contentHash());
        if (existing.isPresent()) {
            return existing.get();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO recordings (path, content_hash, "
            + "duration_seconds, processed_at) VALUES (?, ?, ?, ?)", new String[] {"ID"})) {
            insert.setString(1, recording.path());
            insert.setString(2, recording.contentHash());
            insert.setDouble(3, recording.durationSeconds());
            insert.setObject(4, SpeakerTable.now());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
