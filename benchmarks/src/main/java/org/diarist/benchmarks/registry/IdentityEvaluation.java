package org.diarist.benchmarks.registry;

import org.diarist.engine.audio.Audio;
import org.diarist.engine.embedding.EmbeddingModel;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.TorchRuntime;
import org.diarist.models.embedding.EmbeddingModels;
import org.diarist.registry.DiarizedSpeaker;
import org.diarist.registry.Embedding;
import org.diarist.registry.RegistryConfig;
import org.diarist.registry.SpeakerIdentification;
import org.diarist.registry.SpeakerRegistry;
import org.diarist.registry.VoiceprintInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Calibrates the registry's open-set threshold and measures identification on a folder of
 * {@code SPEAKER/utterance} files (LibriSpeech test-other, which no Diarist model trains on). Every utterance is
 * embedded whole with the embedding model (no diarization: each utterance has one speaker).
 *
 * <ol>
 *   <li><b>Calibration</b> from trials shaped like the registry's decisions: a speaker enrolled from two
 *   utterances (voiceprints), scored as its best voiceprint's cosine against one other utterance. Each speaker is
 *   enrolled five times (utterances 0+1, 2+3, ..., 8+9) and tested against every utterance not in that enrolment.
 *   The threshold is the lowest score at which at most {@code --far} of the non-target trials are accepted.</li>
 *   <li><b>Closed set</b>: every speaker enrolled from its first two utterances into a real {@link SpeakerRegistry},
 *   each of its other utterances identified through {@link SpeakerRegistry#identify}: accuracy.</li>
 *   <li><b>Open set</b>: {@code --splits} seeded random halves of the speakers enrolled; the other utterances of
 *   enrolled speakers should be named correctly, every utterance of a speaker not enrolled should be rejected.</li>
 * </ol>
 *
 * <pre>
 * java -cp ... org.diarist.benchmarks.registry.IdentityEvaluation --dev ../shared/data/librispeech/test-other
 * </pre>
 */
public final class IdentityEvaluation {

    private static final int ENROLL = 2;

    private IdentityEvaluation() {
    }

    /** One embedded utterance of one speaker. */
    record Utterance(String speaker, Path file, Embedding embedding, double seconds) {
    }

    /** The threshold found and its error rates on the calibration trials. */
    record Calibration(double threshold, double falseAccepts, double falseRejects, int targets, int nonTargets) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path dev = Path.of(options.getOrDefault("--dev", "../shared/data/librispeech/test-other"));
        double far = Double.parseDouble(options.getOrDefault("--far", "0.01"));
        int splits = Integer.parseInt(options.getOrDefault("--splits", "20"));
        long seed = Long.parseLong(options.getOrDefault("--seed", "0"));
        String model = options.getOrDefault("--model", EmbeddingModels.DEFAULT);
        TorchRuntime.setThreads(Integer.parseInt(options.getOrDefault("--threads", "0")));

        Map<String, List<Utterance>> bySpeaker;
        try (EmbeddingModel embeddings = EmbeddingModels.open(model, ComputeDevice.CPU)) {
            bySpeaker = embed(embeddings, dev);
        }
        int utterances = bySpeaker.values().stream().mapToInt(List::size).sum();
        String modelId = bySpeaker.values().iterator().next().get(0).embedding().modelId();
        System.out.printf(Locale.ROOT, "%s, %d speakers, %d utterances (whole utterances embedded)%n", modelId,
            bySpeaker.size(), utterances);

        Calibration calibration = calibrate(bySpeaker, far);
        System.out.printf(Locale.ROOT, "calibration: threshold %.3f (cosine) for FAR <= %.1f %%: FAR %.2f %%, FRR %.2f %%"
                + " on %d target / %d non-target trials (enrolment of %d utterances, best voiceprint)%n",
            calibration.threshold(), 100 * far, 100 * calibration.falseAccepts(), 100 * calibration.falseRejects(),
            calibration.targets(), calibration.nonTargets(), ENROLL);
        double threshold = Double.parseDouble(options.getOrDefault("--threshold",
            Double.toString(calibration.threshold())));

        Path work = Files.createTempDirectory("identity-evaluation");
        int[] closed = identifyRound(work.resolve("closed"), bySpeaker, List.copyOf(bySpeaker.keySet()), threshold);
        System.out.printf(Locale.ROOT, "closed set (all %d speakers enrolled from %d utterances), threshold %.3f: "
                + "%d/%d named correctly = %.1f %% (wrong name %d, rejected %d)%n", bySpeaker.size(), ENROLL,
            threshold, closed[0], closed[3], 100.0 * closed[0] / closed[3], closed[1], closed[2]);

        Random random = new Random(seed);
        int[] open = new int[6];
        for (int split = 0; split < splits; split++) {
            List<String> speakers = new ArrayList<>(bySpeaker.keySet());
            Collections.shuffle(speakers, random);
            List<String> enrolled = speakers.subList(0, speakers.size() / 2);
            int[] counts = identifyRound(work.resolve("open-" + split), bySpeaker, enrolled, threshold);
            for (int i = 0; i < counts.length; i++) {
                open[i] += counts[i];
            }
        }
        System.out.printf(Locale.ROOT, "open set (%d random halves enrolled, seed %d), threshold %.3f: enrolled "
                + "speakers named correctly %d/%d = %.1f %% (wrong name %d, rejected %d); unknown speakers "
                + "rejected %d/%d = %.1f %%%n", splits, seed, threshold, open[0], open[3],
            100.0 * open[0] / open[3], open[1], open[2], open[4], open[5], 100.0 * open[4] / open[5]);
    }

    /** Embeds every utterance whole; speakers and files in name order. */
    static Map<String, List<Utterance>> embed(EmbeddingModel model, Path dev) throws IOException {
        Map<String, List<Utterance>> bySpeaker = new LinkedHashMap<>();
        try (Stream<Path> dirs = Files.list(dev)) {
            for (Path speakerDir : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<Utterance> utterances = new ArrayList<>();
                try (Stream<Path> files = Files.list(speakerDir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".flac")).sorted().toList()) {
                        float[] audio = Audio.load(file, model.sampleRate());
                        utterances.add(new Utterance(speakerDir.getFileName().toString(), file,
                            new Embedding(model.id(), model.embed(audio)), audio.length / (double) model.sampleRate()));
                    }
                }
                bySpeaker.put(speakerDir.getFileName().toString(), utterances);
                System.err.print(".");
            }
        }
        System.err.println();
        return bySpeaker;
    }

    static Calibration calibrate(Map<String, List<Utterance>> bySpeaker, double far) {
        List<Double> targets = new ArrayList<>();
        List<Double> nonTargets = new ArrayList<>();
        for (Map.Entry<String, List<Utterance>> speaker : bySpeaker.entrySet()) {
            List<Utterance> own = speaker.getValue();
            for (int first = 0; first + ENROLL <= own.size(); first += ENROLL) {
                List<Utterance> enrolment = own.subList(first, first + ENROLL);
                for (Map.Entry<String, List<Utterance>> tested : bySpeaker.entrySet()) {
                    boolean same = tested.getKey().equals(speaker.getKey());
                    for (Utterance test : tested.getValue()) {
                        if (!enrolment.contains(test)) {
                            (same ? targets : nonTargets).add(bestCosine(enrolment, test));
                        }
                    }
                }
            }
        }
        double[] impostors = nonTargets.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        // Accept when score >= t: the smallest t above all but floor(far * n) impostor scores.
        int allowed = (int) Math.floor(far * impostors.length);
        double threshold = Math.nextUp(impostors[impostors.length - 1 - allowed]);
        threshold = Math.ceil(threshold * 1000) / 1000;
        double t = threshold;
        double falseAccepts = Arrays.stream(impostors).filter(s -> s >= t).count() / (double) impostors.length;
        double falseRejects = targets.stream().filter(s -> s < t).count() / (double) targets.size();
        return new Calibration(threshold, falseAccepts, falseRejects, targets.size(), impostors.length);
    }

    /**
     * Enrolls {@code enrolled} speakers from their first utterances into a fresh registry and identifies every
     * other utterance. Counts: [named correctly, wrong name, rejected, utterances of enrolled speakers,
     * unknown utterances rejected, utterances of speakers not enrolled].
     */
    static int[] identifyRound(Path location, Map<String, List<Utterance>> bySpeaker, List<String> enrolled,
                               double threshold) {
        int[] counts = new int[6];
        RegistryConfig config = RegistryConfig.builder().location(location).threshold(threshold).build();
        try (SpeakerRegistry registry = SpeakerRegistry.open(config)) {
            for (String name : enrolled) {
                List<VoiceprintInput> voiceprints = bySpeaker.get(name).subList(0, ENROLL).stream()
                    .map(u -> new VoiceprintInput(u.embedding(), null, null, u.seconds())).toList();
                registry.enroll(name, voiceprints);
            }
            for (Map.Entry<String, List<Utterance>> speaker : bySpeaker.entrySet()) {
                boolean known = enrolled.contains(speaker.getKey());
                List<Utterance> tests = known ? speaker.getValue().subList(ENROLL, speaker.getValue().size())
                    : speaker.getValue();
                for (Utterance test : tests) {
                    SpeakerIdentification answer = registry.identify(List.of(new DiarizedSpeaker("SPEAKER_00",
                        test.embedding(), test.seconds(), List.of()))).speakers().get(0);
                    if (known) {
                        counts[3]++;
                        if (!answer.known()) {
                            counts[2]++;
                        } else if (answer.identity().equals(speaker.getKey())) {
                            counts[0]++;
                        } else {
                            counts[1]++;
                        }
                    } else {
                        counts[5]++;
                        counts[4] += answer.known() ? 0 : 1;
                    }
                }
            }
        }
        return counts;
    }

    private static double bestCosine(List<Utterance> enrolment, Utterance test) {
        double best = Double.NEGATIVE_INFINITY;
        for (Utterance voiceprint : enrolment) {
            best = Math.max(best, cosine(voiceprint.embedding().vector(), test.embedding().vector()));
        }
        return best;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
