package org.diarist.registry.store;

import org.diarist.engine.annotation.Segment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** SQL for the {@code appearances} table: which speaker spoke where in which recording. */
public final class AppearanceTable {

    private AppearanceTable() {
    }

    /** One speaker's appearance in one recording, as stored. */
    public record Appearance(String recordingPath, String label, double speechSeconds, Double matchScore,
                             List<Segment> segments) {
    }

    public static void insert(Connection connection, long recordingId, long speakerId, String label,
                              double speechSeconds, Double matchScore, List<Segment> segments) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO appearances (recording_id, "
            + "speaker_id, label, speech_seconds, match_score, segments) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, recordingId);
            insert.setLong(2, speakerId);
            insert.setString(3, label);
            insert.setDouble(4, speechSeconds);
            if (matchScore == null) {
                insert.setNull(5, Types.DOUBLE);
            } else {
                insert.setDouble(5, matchScore);
            }
            insert.setString(6, encode(segments));
            insert.executeUpdate();
        }
    }

    public static List<Appearance> ofSpeaker(Connection connection, long speakerId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT r.path, a.label, a.speech_seconds, "
            + "a.match_score, a.segments FROM appearances a JOIN recordings r ON r.id = a.recording_id "
            + "WHERE a.speaker_id = ? ORDER BY r.processed_at, a.id")) {
            query.setLong(1, speakerId);
            try (ResultSet rows = query.executeQuery()) {
                List<Appearance> found = new ArrayList<>();
                while (rows.next()) {
                    double score = rows.getDouble(4);
                    Double matchScore = rows.wasNull() ? null : score;
                    found.add(new Appearance(rows.getString(1), rows.getString(2), rows.getDouble(3), matchScore,
                        decode(rows.getString(5))));
                }
                return found;
            }
        }
    }

    /** Segments as compact JSON, {@code [[0.5,2.25],[3,4]]}; plain text keeps the table readable from SQL. */
    static String encode(List<Segment> segments) {
        StringBuilder json = new StringBuilder("[");
        for (Segment span : segments) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('[').append(number(span.start())).append(',').append(number(span.end())).append(']');
        }
        return json.append(']').toString();
    }

    static List<Segment> decode(String json) {
        List<Segment> segments = new ArrayList<>();
        String body = json.strip();
        body = body.substring(1, body.length() - 1).strip();
        if (body.isEmpty()) {
            return segments;
        }
        for (String pair : body.split("\\]\\s*,\\s*\\[")) {
            String[] bounds = pair.replace("[", "").replace("]", "").split(",");
            segments.add(new Segment(Double.parseDouble(bounds[0].strip()), Double.parseDouble(bounds[1].strip())));
        }
        return segments;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
