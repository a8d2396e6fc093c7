package org.diarist.engine.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Colours of the timeline: one per reference speaker, and each hypothesis speaker in the colour of the reference
 * speaker it is mapped to (so that agreement reads at a glance); hypothesis speakers mapped to nobody get colours
 * of their own. The first ten are Tableau 10; later ones step round the hue circle by the golden angle.
 */
final class SpeakerColours {

    private static final String[] PALETTE = {
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"
    };

    private final Map<String, String> reference = new LinkedHashMap<>();
    private final Map<String, String> hypothesis = new LinkedHashMap<>();

    /**
     * @param referenceSpeakers  reference labels, in lane order
     * @param hypothesisSpeakers hypothesis labels, in lane order
     * @param mapping            reference label → the hypothesis label it is mapped to
     */
    SpeakerColours(List<String> referenceSpeakers, List<String> hypothesisSpeakers, Map<String, String> mapping) {
        int next = 0;
        for (String label : referenceSpeakers) {
            reference.put(label, colour(next++));
        }
        Map<String, String> mappedTo = new LinkedHashMap<>();
        mapping.forEach((ref, hyp) -> mappedTo.put(hyp, ref));
        List<String> unmapped = new ArrayList<>();
        for (String label : hypothesisSpeakers) {
            String ref = mappedTo.get(label);
            if (ref != null && reference.containsKey(ref)) {
                hypothesis.put(label, reference.get(ref));
            } else {
                unmapped.add(label);
            }
        }
        for (String label : unmapped) {
            hypothesis.put(label, colour(next++));
        }
    }

    String reference(String label) {
        return reference.get(label);
    }

    String hypothesis(String label) {
        return hypothesis.get(label);
    }

    static String colour(int index) {
        if (index < PALETTE.length) {
            return PALETTE[index];
        }
        double hue = (index * 137.508) % 360;
        return String.format(Locale.ROOT, "hsl(%.0f, 55%%, 55%%)", hue);
    }
}
