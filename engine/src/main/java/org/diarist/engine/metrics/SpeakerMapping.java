package org.diarist.engine.metrics;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Timeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one-to-one pairing of reference and hypothesis speakers that maximises the time they talk together
 * (md-eval's mapping, found with the {@link Hungarian} algorithm). Pairs that never talk together are not
 * mapped.
 */
public final class SpeakerMapping {

    private SpeakerMapping() {
    }

    /** Reference label → hypothesis label, over the time both annotations cover in {@code region}. */
    public static Map<String, String> optimal(Annotation reference, Annotation hypothesis, Timeline region) {
        SpeakerTurns ref = SpeakerTurns.of(reference.crop(region));
        SpeakerTurns hyp = SpeakerTurns.of(hypothesis.crop(region));
        int[] pairs = pairs(ref, hyp);
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int r = 0; r < pairs.length; r++) {
            if (pairs[r] >= 0) {
                mapping.put(ref.label(r), hyp.label(pairs[r]));
            }
        }
        return Collections.unmodifiableMap(mapping);
    }

    /** For each reference speaker, the index of its hypothesis speaker, or -1. */
    static int[] pairs(SpeakerTurns reference, SpeakerTurns hypothesis) {
        double[][] together = new double[reference.speakers()][hypothesis.speakers()];
        for (int r = 0; r < reference.speakers(); r++) {
            for (int h = 0; h < hypothesis.speakers(); h++) {
                together[r][h] = SpeakerTurns.overlap(reference.turns(r), hypothesis.turns(h));
            }
        }
        int[] pairs = Hungarian.maximize(together);
        for (int r = 0; r < pairs.length; r++) {
            if (pairs[r] >= 0 && together[r][pairs[r]] <= 0) {
                pairs[r] = -1;
            }
        }
        return pairs;
    }
}
