package org.diarist.models.eval;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.embedding.EmbeddingModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores an embedding model on a folder of {@code SPEAKER/utterance.*} files (LibriSpeech test-other in the
 * project): every pair of utterances is a trial (same speaker = target), scored by cosine, once with each
 * utterance's central 4 s and once with the whole utterance; plus closed-set identification, each utterance
 * against speaker centroids built from the other utterances (its own left out).
 */
public final class SpeakerVerificationEvaluation {

    public static final double CROP_SECONDS = 4.0;
    public static final double P_TARGET = 0.01;

    private SpeakerVerificationEvaluation() {
    }

    /** Figures for one condition (crops or full utterances). */
    public record Condition(VerificationMetrics.Result verification, double identificationAccuracy) {
    }

    public record Report(String model, int speakers, int utterances, double audioSeconds, Condition crops,
                         Condition full, double embeddingSeconds) {

        public String summary() {
            return String.format(Locale.ROOT,
                "%s on %d utterances of %d speakers (%d trials): 4 s crops EER %.2f %% minDCF(0.01) %.3f ident %.1f %%;"
                    + " full utterances EER %.2f %% minDCF(0.01) %.3f ident %.1f %%; %.0f s of audio embedded in %.1f s",
                model, utterances, speakers, crops.verification().targetTrials() + crops.verification().nonTargetTrials(),
                100 * crops.verification().eer(), crops.verification().minDcf(), 100 * crops.identificationAccuracy(),
                100 * full.verification().eer(), full.verification().minDcf(), 100 * full.identificationAccuracy(),
                audioSeconds, embeddingSeconds);
        }
    }

    public static Report run(EmbeddingModel model, Path devDir) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(devDir)) {
            for (Path speakerDir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> utterances = Files.list(speakerDir)) {
                    for (Path file : utterances.filter(SpeakerVerificationEvaluation::isAudio).sorted().toList()) {
                        files.add(file);
                        speakers.add(speakerDir.getFileName().toString());
                    }
                }
            }
        }
        if (files.size() < 2 || speakers.stream().distinct().count() < 2) {
            throw new InvalidInputException(devDir, "need SPEAKER/utterance audio files of at least two speakers");
        }
        int crop = (int) Math.round(CROP_SECONDS * model.sampleRate());
        float[][] cropEmbeddings = new float[files.size()][];
        float[][] fullEmbeddings = new float[files.size()][];
        double audioSeconds = 0;
        long started = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            float[] audio = Audio.load(files.get(i), model.sampleRate());
            audioSeconds += audio.length / (double) model.sampleRate();
            fullEmbeddings[i] = model.embed(audio);
            if (audio.length > crop) {
                int start = (audio.length - crop) / 2;
                audio = java.util.Arrays.copyOfRange(audio, start, start + crop);
            }
            cropEmbeddings[i] = model.embed(audio);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Report(model.id(), (int) speakers.stream().distinct().count(), files.size(), audioSeconds,
            condition(cropEmbeddings, speakers), condition(fullEmbeddings, speakers), seconds);
    }

    static Condition condition(float[][] embeddings, List<String> speakers) {
        List<Double> targets = new ArrayList<>();
        List<Double> nonTargets = new ArrayList<>();
        for (int i = 0; i < embeddings.length; i++) {
            for (int j = i + 1; j < embeddings.length; j++) {
                double score = dot(embeddings[i], embeddings[j]);
                (speakers.get(i).equals(speakers.get(j)) ? targets : nonTargets).add(score);
            }
        }
        VerificationMetrics.Result verification = VerificationMetrics.of(
            targets.stream().mapToDouble(Double::doubleValue).toArray(),
            nonTargets.stream().mapToDouble(Double::doubleValue).toArray(), P_TARGET);
        return new Condition(verification, identification(embeddings, speakers));
    }

    /** Share of utterances whose nearest speaker centroid (own utterance left out) is their speaker. */
    static double identification(float[][] embeddings, List<String> speakers) {
        List<String> names = speakers.stream().distinct().toList();
        int dim = embeddings[0].length;
        int correct = 0;
        for (int test = 0; test < embeddings.length; test++) {
            double best = Double.NEGATIVE_INFINITY;
            String guess = null;
            for (String name : names) {
                double[] centroid = new double[dim];
                int count = 0;
                for (int i = 0; i < embeddings.length; i++) {
                    if (i != test && speakers.get(i).equals(name)) {
                        for (int d = 0; d < dim; d++) {
                            centroid[d] += embeddings[i][d];
                        }
                        count++;
                    }
                }
                if (count == 0) {
                    continue;
                }
                double norm = 0;
                double score = 0;
                for (int d = 0; d < dim; d++) {
                    norm += centroid[d] * centroid[d];
                    score += centroid[d] * embeddings[test][d];
                }
                score /= Math.sqrt(Math.max(norm, 1e-24));
                if (score > best) {
                    best = score;
                    guess = name;
                }
            }
            if (speakers.get(test).equals(guess)) {
                correct++;
            }
        }
        return (double) correct / embeddings.length;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static boolean isAudio(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".flac") || name.endsWith(".wav") || name.endsWith(".ogg")
            || name.endsWith(".opus") || name.endsWith(".mp3"));
    }
}
