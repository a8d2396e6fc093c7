package org.diarist.registry.store;

import org.diarist.registry.Speaker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for the {@code speakers} table. */
public final class SpeakerTable {

    /** Provisional names are {@code SPK-} and six or more digits, numbered by their own sequence. */
    public static final String PROVISIONAL_PREFIX = "SPK-";

    private SpeakerTable() {
    }

    public static boolean isProvisionalName(String name) {
        return name.matches("SPK-\\d+");
    }

    public static SpeakerRow insert(Connection connection, String name, boolean provisional) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO speakers (name, provisional, created_at, updated_at) VALUES (?, ?, ?, ?)",
            new String[] {"ID"})) {
            OffsetDateTime now = now();
            insert.setString(1, name);
            insert.setBoolean(2, provisional);
            insert.setObject(3, now);
            insert.setObject(4, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new SpeakerRow(keys.getLong(1), name, provisional);
            }
        }
    }

    /** A new provisional speaker named after the next number of its sequence. */
    public static SpeakerRow insertProvisional(Connection connection) throws SQLException {
        long number;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT NEXT VALUE FOR provisional_speaker_number")) {
            rows.next();
            number = rows.getLong(1);
        }
        return insert(connection, String.format("%s%06d", PROVISIONAL_PREFIX, number), true);
    }

    public static Optional<SpeakerRow> findByName(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT id, name, provisional FROM speakers WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    public static Map<Long, SpeakerRow> findByIds(Connection connection, Iterable<Long> ids) throws SQLException {
        Map<Long, SpeakerRow> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT id, name, provisional FROM speakers WHERE id = ANY(?)")) {
            query.setArray(1, connection.createArrayOf("BIGINT", toArray(ids)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    SpeakerRow row = row(rows);
                    found.put(row.id(), row);
                }
            }
        }
        return found;
    }

    /** Every speaker with its counts: named ones first, then provisional ones, each by name. */
    public static List<Speaker> list(Connection connection) throws SQLException {
        return query(connection, "");
    }

    public static Optional<Speaker> describe(Connection connection, long id) throws SQLException {
        List<Speaker> found = query(connection, " WHERE s.id = " + id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public static void rename(Connection connection, long id, String newName) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE speakers SET name = ?, provisional = FALSE, updated_at = ? WHERE id = ?")) {
            update.setString(1, newName);
            update.setObject(2, now());
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    public static void touch(Connection connection, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE speakers SET updated_at = ? WHERE id = ?")) {
            update.setObject(1, now());
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** Moves everything of {@code sourceId} to {@code targetId}, then deletes the source speaker. */
    public static void mergeInto(Connection connection, long sourceId, long targetId) throws SQLException {
        for (String table : new String[] {"voiceprints", "appearances"}) {
            try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET speaker_id = ? WHERE speaker_id = ?")) {
                update.setLong(1, targetId);
                update.setLong(2, sourceId);
                update.executeUpdate();
            }
        }
        delete(connection, sourceId);
        touch(connection, targetId);
    }

    /** Deletes the speaker; its voiceprints and appearances go with it (ON DELETE CASCADE). */
    public static void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM speakers WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    private static List<Speaker> query(Connection connection, String where) throws SQLException {
        List<Speaker> speakers = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT s.id, s.name, s.provisional, s.created_at, s.updated_at, "
                 + "(SELECT COUNT(*) FROM voiceprints v WHERE v.speaker_id = s.id), "
                 + "(SELECT COUNT(*) FROM appearances a WHERE a.speaker_id = s.id) "
                 + "FROM speakers s" + where + " ORDER BY s.provisional, s.name")) {
            while (rows.next()) {
                speakers.add(new Speaker(rows.getLong(1), rows.getString(2), rows.getBoolean(3),
                    instant(rows, 4), instant(rows, 5), rows.getInt(6), rows.getInt(7)));
            }
        }
        return speakers;
    }

    private static SpeakerRow row(ResultSet rows) throws SQLException {
        return new SpeakerRow(rows.getLong(1), rows.getString(2), rows.getBoolean(3));
    }

    static Long[] toArray(Iterable<Long> ids) {
        List<Long> list = new ArrayList<>();
        ids.forEach(list::add);
        return list.toArray(Long[]::new);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
