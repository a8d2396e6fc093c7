package org.diarist.models.train.segmentation;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.format.Rttm;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.InvalidInputException;
import org.diarist.models.data.Manifest;
import org.diarist.models.data.ManifestEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Decodes the speech that segmentation training mixes: per speaker, utterances of the manifest up to a cap (so
 * that a few speakers with hours of speech do not dominate), and optionally annotated real recordings.
 */
public final class SegmentationTrainingData {

    /** Utterances shorter than this are too short to carry a turn. */
    public static final double MIN_UTTERANCE_SECONDS = 1.5;

    private SegmentationTrainingData() {
    }

    /**
     * @param secondsPerSpeaker stop adding a speaker's utterances after this much audio
     * @param progress called with the number of manifest entries decoded so far
     */
    public static List<List<Utterance>> speakers(Manifest manifest, double secondsPerSpeaker, IntConsumer progress) {
        Map<String, List<Utterance>> bySpeaker = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        int done = 0;
        for (ManifestEntry entry : manifest.entries()) {
            progress.accept(done++);
            if (entry.duration() < MIN_UTTERANCE_SECONDS
                || seconds.getOrDefault(entry.speaker(), 0.0) >= secondsPerSpeaker) {
                continue;
            }
            float[] audio = decode(entry);
            if (audio.length < MIN_UTTERANCE_SECONDS * Audio.DEFAULT_SAMPLE_RATE) {
                continue;
            }
            Utterance utterance = Utterance.of(entry.speaker(), audio);
            bySpeaker.computeIfAbsent(entry.speaker(), s -> new ArrayList<>()).add(utterance);
            seconds.merge(entry.speaker(), audio.length / (double) Audio.DEFAULT_SAMPLE_RATE, Double::sum);
        }
        return new ArrayList<>(bySpeaker.values());
    }

    /** Like {@link #speakers}, but reads the decoded speech from {@code cache} when present, else writes it there. */
    public static List<List<Utterance>> cachedSpeakers(Manifest manifest, double secondsPerSpeaker, Path cache,
                                                       IntConsumer progress) {
        if (Files.isRegularFile(cache)) {
            return DecodedSpeechCache.read(cache);
        }
        List<List<Utterance>> speakers = speakers(manifest, secondsPerSpeaker, progress);
        DecodedSpeechCache.write(speakers, cache);
        return speakers;
    }

    /** Real recordings named in an RTTM, with audio files found beside it as {@code <uri>.<extension>}. */
    public static List<RealWindowSource> realRecordings(Path rttm) {
        List<RealWindowSource> recordings = new ArrayList<>();
        for (Map.Entry<String, Annotation> entry : Rttm.read(rttm).entrySet()) {
            Path audio = findAudio(rttm.toAbsolutePath().getParent(), entry.getKey());
            recordings.add(new RealWindowSource(Audio.load(audio), entry.getValue()));
        }
        return recordings;
    }

    private static float[] decode(ManifestEntry entry) {
        float[] audio = Audio.load(entry.path());
        if (entry.wholeFile()) {
            return audio;
        }
        int from = (int) Math.round(entry.start() * Audio.DEFAULT_SAMPLE_RATE);
        int to = (int) Math.min(audio.length, Math.round(entry.end() * Audio.DEFAULT_SAMPLE_RATE));
        return Arrays.copyOfRange(audio, Math.min(from, to), to);
    }

    private static Path findAudio(Path folder, String uri) {
        for (String extension : new String[] {"flac", "wav", "opus", "ogg", "mp3"}) {
            Path candidate = folder.resolve(uri + "." + extension);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new InvalidInputException(folder.resolve(uri + ".*"), "no audio file for recording '" + uri + "'");
    }
}
