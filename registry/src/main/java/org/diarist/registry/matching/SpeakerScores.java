package org.diarist.registry.matching;

import org.diarist.registry.index.VoiceprintHit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns voiceprint hits into speaker scores. A speaker scores as its best voiceprint (nearest neighbour over its
 * voiceprints) rather than as a centroid, because:
 * <ul>
 *   <li>each voiceprint is already an average over one recording's speech, so the noise a centroid would remove
 *       is mostly gone, while a person's recordings differ in channel and condition (phone, room, headset); the
 *       best match finds the voiceprint of the matching condition where a centroid blurs them;</li>
 *   <li>it is exact from a k-nearest-neighbour search: if any voiceprint of a speaker is among the k hits, that
 *       speaker's best voiceprint is among them too (it ranks higher), so no second query or second index is
 *       needed, and merging two speakers needs no recomputation;</li>
 *   <li>its cost, that a speaker with many voiceprints gets more chances of a lucky false match, is bounded by
 *       the cap on voiceprints per speaker that tracking keeps.</li>
 * </ul>
 */
public final class SpeakerScores {

    private SpeakerScores() {
    }

    /**
     * The best score of each speaker among {@code hits}, best speaker first; hits whose voiceprint is gone
     * (absent from {@code speakerOfVoiceprint}) are skipped.
     */
    public static Map<Long, Double> bestPerSpeaker(List<VoiceprintHit> hits, Map<Long, Long> speakerOfVoiceprint) {
        Map<Long, Double> best = new LinkedHashMap<>();
        List<VoiceprintHit> sorted = new ArrayList<>(hits);
        sorted.sort((a, b) -> Float.compare(b.score(), a.score()));
        for (VoiceprintHit hit : sorted) {
            Long speaker = speakerOfVoiceprint.get(hit.voiceprintId());
            if (speaker != null) {
                best.putIfAbsent(speaker, (double) hit.score());
            }
        }
        return best;
    }
}
