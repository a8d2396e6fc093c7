package org.diarist.cli;

import org.diarist.engine.annotation.Segment;
import org.diarist.registry.Speaker;
import org.diarist.registry.SpeakerDetails;
import org.diarist.registry.store.AppearanceTable.Appearance;
import org.diarist.registry.store.StoredVoiceprint;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Speakers as aligned text for people. */
final class SpeakersTable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'")
        .withZone(ZoneOffset.UTC);

    private SpeakersTable() {
    }

    static void list(PrintWriter out, List<Speaker> speakers) {
        if (speakers.isEmpty()) {
            out.println("no speakers");
            return;
        }
        int width = Math.max("NAME".length(), speakers.stream().mapToInt(s -> s.name().length()).max().orElse(0));
        String row = "%-" + width + "s  %-11s  %11s  %11s  %s%n";
        out.printf(Locale.ROOT, row, "NAME", "KIND", "VOICEPRINTS", "APPEARANCES", "UPDATED");
        for (Speaker speaker : speakers) {
            out.printf(Locale.ROOT, row, speaker.name(), kind(speaker), speaker.voiceprints(), speaker.appearances(),
                time(speaker.updated()));
        }
    }

    static void details(PrintWriter out, SpeakerDetails details) {
        Speaker speaker = details.speaker();
        out.printf(Locale.ROOT, "%s (%s): %d voiceprints, %d appearances; created %s, updated %s%n", speaker.name(),
            kind(speaker), speaker.voiceprints(), speaker.appearances(), time(speaker.created()),
            time(speaker.updated()));
        out.println("voiceprints:");
        for (StoredVoiceprint voiceprint : details.voiceprints()) {
            out.printf(Locale.ROOT, "  #%-8d %-24s %6.1f s speech  %s%s%n", voiceprint.id(), voiceprint.modelId(),
                voiceprint.speechSeconds(),
                voiceprint.recording() == null ? "(no recording)" : voiceprint.recording().path(),
                voiceprint.span() == null ? "" : " " + span(voiceprint.span()));
        }
        out.println("appearances:");
        if (details.appearances().isEmpty()) {
            out.println("  none");
        }
        for (Appearance appearance : details.appearances()) {
            out.printf(Locale.ROOT, "  %s  %s  %.1f s speech in %d turns  score %s%n", appearance.recordingPath(),
                appearance.label(), appearance.speechSeconds(), appearance.segments().size(),
                appearance.matchScore() == null ? "- (new)" : String.format(Locale.ROOT, "%.3f",
                    appearance.matchScore()));
        }
    }

    private static String kind(Speaker speaker) {
        return speaker.provisional() ? "provisional" : "named";
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    private static String span(Segment segment) {
        return String.format(Locale.ROOT, "[%.2f-%.2f]", segment.start(), segment.end());
    }
}
