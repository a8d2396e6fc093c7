package org.diarist.registry.store;

import org.diarist.registry.RecordingInfo;
import org.diarist.engine.annotation.Segment;
import org.diarist.registry.VoiceprintInput;
import org.diarist.registry.index.VoiceprintIndexCache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for the {@code voiceprints} table. */
public final class VoiceprintTable {

    private static final String SELECT_STORED = "SELECT v.id, v.speaker_id, v.embedding_model, v.embedding, "
        + "r.path, r.content_hash, r.duration_seconds, v.start_seconds, v.end_seconds, v.speech_seconds, v.created_at "
        + "FROM voiceprints v LEFT JOIN recordings r ON r.id = v.recording_id ";

    private VoiceprintTable() {
    }

    /** Stores one voiceprint of {@code speakerId}; its recording row must exist already ({@code recordingId}). */
    public static long insert(Connection connection, long speakerId, VoiceprintInput input, Long recordingId)
        throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO voiceprints (speaker_id, embedding, "
            + "embedding_model, recording_id, start_seconds, end_seconds, speech_seconds, created_at, fingerprint) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            byte[] bytes = EmbeddingCodec.encode(input.embedding().vector());
            insert.setLong(1, speakerId);
            insert.setBytes(2, bytes);
            insert.setString(3, input.embedding().modelId());
            if (recordingId == null) {
                insert.setNull(4, Types.BIGINT);
            } else {
                insert.setLong(4, recordingId);
            }
            if (input.span() == null) {
                insert.setNull(5, Types.DOUBLE);
                insert.setNull(6, Types.DOUBLE);
            } else {
                insert.setDouble(5, input.span().start());
                insert.setDouble(6, input.span().end());
            }
            insert.setDouble(7, input.speechSeconds());
            insert.setObject(8, SpeakerTable.now());
            insert.setLong(9, EmbeddingCodec.fingerprint(bytes));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The speaker holding a voiceprint with exactly this vector, if any (imports are idempotent). */
    public static Optional<Long> speakerHolding(Connection connection, float[] vector) throws SQLException {
        byte[] bytes = EmbeddingCodec.encode(vector);
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT speaker_id FROM voiceprints WHERE fingerprint = ? AND embedding = ? ORDER BY id LIMIT 1")) {
            query.setLong(1, EmbeddingCodec.fingerprint(bytes));
            query.setBytes(2, bytes);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    public static long count(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM voiceprints");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public static int countOf(Connection connection, long speakerId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT COUNT(*) FROM voiceprints WHERE speaker_id = ?")) {
            query.setLong(1, speakerId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Streams the vectors with ids above {@code afterId}, in id order, to {@code sink}. */
    public static void forEachAfter(Connection connection, long afterId, VoiceprintIndexCache.VectorSink sink)
        throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT id, embedding FROM voiceprints WHERE id > ? ORDER BY id")) {
            query.setLong(1, afterId);
            query.setFetchSize(1000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sink.accept(rows.getLong(1), EmbeddingCodec.decode(rows.getBytes(2)));
                }
            }
        }
    }

    /** The speaker of each voiceprint id that still exists. */
    public static Map<Long, Long> speakersOf(Connection connection, Iterable<Long> voiceprintIds) throws SQLException {
        Map<Long, Long> speakers = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT id, speaker_id FROM voiceprints WHERE id = ANY(?)")) {
            query.setArray(1, connection.createArrayOf("BIGINT", SpeakerTable.toArray(voiceprintIds)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    speakers.put(rows.getLong(1), rows.getLong(2));
                }
            }
        }
        return speakers;
    }

    /** The voiceprints of one speaker, oldest first. */
    public static List<StoredVoiceprint> ofSpeaker(Connection connection, long speakerId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT_STORED
            + "WHERE v.speaker_id = ? ORDER BY v.id")) {
            query.setLong(1, speakerId);
            try (ResultSet rows = query.executeQuery()) {
                List<StoredVoiceprint> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(stored(rows));
                }
                return found;
            }
        }
    }

    private static StoredVoiceprint stored(ResultSet rows) throws SQLException {
        String path = rows.getString(5);
        RecordingInfo recording = path == null ? null : new RecordingInfo(path, rows.getString(6), rows.getDouble(7));
        double start = rows.getDouble(8);
        Segment span = rows.wasNull() ? null : new Segment(start, rows.getDouble(9));
        return new StoredVoiceprint(rows.getLong(1), rows.getLong(2), rows.getString(3),
            EmbeddingCodec.decode(rows.getBytes(4)), recording, span, rows.getDouble(10),
            SpeakerTable.instant(rows, 11));
    }
}
