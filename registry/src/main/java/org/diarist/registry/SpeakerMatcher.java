package org.diarist.registry;

import org.diarist.registry.index.VoiceprintHit;
import org.diarist.registry.index.VoiceprintIndex;
import org.diarist.registry.matching.OpenSetAssignment;
import org.diarist.registry.matching.SpeakerScores;
import org.diarist.registry.store.SpeakerRow;
import org.diarist.registry.store.SpeakerTable;
import org.diarist.registry.store.VoiceprintTable;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the speakers of one recording against the registry: nearest voiceprints from the index, speaker scores
 * from them ({@link SpeakerScores}), then one joint open-set assignment ({@link OpenSetAssignment}) so that two
 * speakers of the recording never take the same identity.
 */
final class SpeakerMatcher {

    /** The outcome for one diarized speaker: the identity taken ({@code null}: unknown) and the score shown. */
    record Match(DiarizedSpeaker speaker, SpeakerRow identity, double score) {
    }

    private final double threshold;
    private final int candidateVoiceprints;

    SpeakerMatcher(double threshold, int candidateVoiceprints) {
        this.threshold = threshold;
        this.candidateVoiceprints = candidateVoiceprints;
    }

    List<Match> match(Connection connection, VoiceprintIndex index, List<DiarizedSpeaker> speakers)
        throws SQLException {
        List<List<VoiceprintHit>> hits = new ArrayList<>();
        Set<Long> voiceprintIds = new HashSet<>();
        for (DiarizedSpeaker speaker : speakers) {
            List<VoiceprintHit> found = index == null ? List.of()
                : index.search(speaker.embedding().vector(), candidateVoiceprints);
            hits.add(found);
            found.forEach(hit -> voiceprintIds.add(hit.voiceprintId()));
        }
        Map<Long, Long> speakerOf = voiceprintIds.isEmpty() ? Map.of()
            : VoiceprintTable.speakersOf(connection, voiceprintIds);

        List<Map<Long, Double>> scoresPerRow = new ArrayList<>();
        Set<Long> candidates = new LinkedHashSet<>();
        for (List<VoiceprintHit> found : hits) {
            Map<Long, Double> scores = SpeakerScores.bestPerSpeaker(found, speakerOf);
            scoresPerRow.add(scores);
            candidates.addAll(scores.keySet());
        }
        List<Long> columns = new ArrayList<>(candidates);
        double[][] matrix = new double[speakers.size()][columns.size()];
        for (int row = 0; row < speakers.size(); row++) {
            for (int column = 0; column < columns.size(); column++) {
                matrix[row][column] = scoresPerRow.get(row).getOrDefault(columns.get(column), Double.NaN);
            }
        }
        int[] assignment = OpenSetAssignment.assign(matrix, threshold);
        Map<Long, SpeakerRow> rows = columns.isEmpty() ? Map.of() : SpeakerTable.findByIds(connection, columns);

        List<Match> matches = new ArrayList<>();
        for (int row = 0; row < speakers.size(); row++) {
            int column = assignment[row];
            SpeakerRow identity = column == OpenSetAssignment.UNKNOWN ? null : rows.get(columns.get(column));
            if (identity == null) {
                double best = scoresPerRow.get(row).values().stream().findFirst().orElse(Double.NaN);
                matches.add(new Match(speakers.get(row), null, best));
            } else {
                matches.add(new Match(speakers.get(row), identity, matrix[row][column]));
            }
        }
        return matches;
    }
}
