package org.diarist.engine.pipeline;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.RecordingUri;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Track;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.audio.AudioSource;
import org.diarist.engine.embedding.EmbeddingModel;
import org.diarist.engine.segmentation.Powerset;
import org.diarist.engine.segmentation.SegmentationModel;
import org.diarist.engine.segmentation.SegmentationSpecification;
import org.diarist.engine.segmentation.SlidingInference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who spoke when: the diarization pipeline as named steps, each timed and reported to a listener.
 *
 * <ol>
 *   <li>{@link DiarizationStage#SEGMENTATION segmentation}, {@link DiarizationStage#BINARIZATION binarisation} and
 *       {@link DiarizationStage#EMBEDDINGS embeddings} in one streaming pass: each batch of windows goes through the
 *       segmentation model, its powerset output becomes local speaker activity, and its local speakers are
 *       embedded while the batch's audio is in memory. Only per-window results outlive the batch, so memory grows
 *       with them (a few MB per hour), never with the decoded audio;</li>
 *   <li>{@link DiarizationStage#COUNTING counting}: speakers per frame ({@link SpeakerCounting});</li>
 *   <li>{@link DiarizationStage#CLUSTERING clustering}: local to global speakers ({@link EmbeddingClustering});</li>
 *   <li>{@link DiarizationStage#RECONSTRUCTION reconstruction}: global speakers per frame ({@link Reconstruction});</li>
 *   <li>{@link DiarizationStage#ANNOTATION annotation}: turns, minimum durations, exclusive mode
 *       ({@link TurnBuilder}).</li>
 * </ol>
 *
 * <p>The models are borrowed: the caller opens and closes them, and may diarize many recordings with one
 * pipeline. A pipeline runs one recording at a time (calls are synchronized).
 */
public final class SpeakerDiarization {

    private final SegmentationModel segmentation;
    private final EmbeddingModel embedding;
    private final DiarizationConfig config;

    public SpeakerDiarization(SegmentationModel segmentation, EmbeddingModel embedding, DiarizationConfig config) {
        this.segmentation = segmentation;
        this.embedding = embedding;
        this.config = config;
    }

    public DiarizationConfig config() {
        return config;
    }

    /** Diarizes an audio file of any format {@link Audio} reads; its uri is the file name without extension. */
    public DiarizationResult diarize(Path audio) {
        return diarize(audio, DiarizationListener.NONE);
    }

    public DiarizationResult diarize(Path audio, DiarizationListener listener) {
        try (AudioSource source = Audio.open(audio, segmentation.specification().sampleRate())) {
            return diarize(source, RecordingUri.of(audio), listener);
        }
    }

    /** Diarizes everything {@code source} still has to give (at the segmentation model's rate). */
    public synchronized DiarizationResult diarize(AudioSource source, String uri, DiarizationListener listener) {
        StageClock clock = new StageClock();
        SegmentationSpecification specification = segmentation.specification();
        Powerset powerset = specification.powerset();
        SlidingInference inference = config.segmentation().slidingInference(segmentation);
        WindowEmbedder embedder = new WindowEmbedder(embedding, specification, config.embedding());
        LocalActivity activity = new LocalActivity(specification.frames(), powerset.maxSpeakers());
        LocalEmbeddings embeddings = new LocalEmbeddings();
        double speechThreshold = config.segmentation().speech().onset();

        long expectedWindows = inference.windowCount(source.info().framesAt(source.sampleRate()));
        long start = System.nanoTime();
        SlidingInference.Summary summary = inference.run(source, batch -> {
            clock.time(DiarizationStage.BINARIZATION, () -> {
                for (int i = 0; i < batch.size(); i++) {
                    activity.addWindow(batch.logProbabilities()[i], powerset, speechThreshold);
                }
            });
            clock.time(DiarizationStage.EMBEDDINGS, () -> embedder.embed(batch, activity, embeddings));
            listener.progress(DiarizationStage.SEGMENTATION, batch.window(batch.size()), expectedWindows);
        });
        // The model calls and the decoding of the audio: the pass minus the stages timed inside it.
        clock.add(DiarizationStage.SEGMENTATION, System.nanoTime() - start
            - clock.nanos(DiarizationStage.BINARIZATION) - clock.nanos(DiarizationStage.EMBEDDINGS));
        report(listener, clock, DiarizationStage.SEGMENTATION, DiarizationStage.BINARIZATION,
            DiarizationStage.EMBEDDINGS);

        double duration = summary.samples() / (double) source.sampleRate();
        WindowGrid grid = WindowGrid.of(inference, summary.windows());
        byte[] count = clock.time(DiarizationStage.COUNTING, () -> SpeakerCounting.count(activity, grid));
        report(listener, clock, DiarizationStage.COUNTING);

        SpeakerAssignment assignment = clock.time(DiarizationStage.CLUSTERING, () -> cluster(activity, embeddings));
        report(listener, clock, DiarizationStage.CLUSTERING);

        int maxPerFrame = config.postProcessing().exclusive() ? 1 : Integer.MAX_VALUE;
        DiscreteDiarization frames = clock.time(DiarizationStage.RECONSTRUCTION,
            () -> Reconstruction.reconstruct(activity, assignment, count, grid, maxPerFrame));
        report(listener, clock, DiarizationStage.RECONSTRUCTION);

        Speakers speakers = clock.time(DiarizationStage.ANNOTATION,
            () -> annotate(uri, frames, assignment, grid, duration));
        report(listener, clock, DiarizationStage.ANNOTATION);
        StreamStatistics stream = new StreamStatistics(summary.samples(), summary.windows(),
            summary.peakBufferedSamples(), activity.bytes(), embeddings.size());
        return new DiarizationResult(speakers.annotation(), duration, speakers.centroids(), embedding.id(),
            clock.seconds(), stream);
    }

    private SpeakerAssignment cluster(LocalActivity activity, LocalEmbeddings embeddings) {
        SpeakerAssignment assignment = EmbeddingClustering.assign(embeddings, activity.windows(),
            activity.speakers(), activity.framesPerWindow(), config.clustering());
        // No local speaker talked long enough to embed: whatever speech there is belongs to one speaker.
        return assignment.speakers() == 0 ? SpeakerAssignment.singleSpeaker(activity.windows(), activity.speakers())
            : assignment;
    }

    /** Turns labelled SPEAKER_00, SPEAKER_01, ... by first turn, and the centroids of speakers that kept a turn. */
    private Speakers annotate(String uri, DiscreteDiarization frames, SpeakerAssignment assignment, WindowGrid grid,
                              double duration) {
        List<String> provisional = new ArrayList<>();
        for (int k = 0; k < frames.speakers(); k++) {
            provisional.add(Integer.toString(k));
        }
        Annotation turns = TurnBuilder.annotate(uri, frames, provisional, grid.frames(), new Segment(0, duration),
            config.postProcessing());
        Map<String, String> rename = new HashMap<>();
        Map<String, float[]> centroids = new LinkedHashMap<>();
        for (Track track : turns.tracks()) { // tracks are sorted by time
            if (!rename.containsKey(track.label())) {
                String label = String.format(Locale.ROOT, "SPEAKER_%02d", rename.size());
                rename.put(track.label(), label);
                if (assignment.hasCentroids()) {
                    centroids.put(label, assignment.centroid(Integer.parseInt(track.label())));
                }
            }
        }
        return new Speakers(turns.relabel(rename), centroids);
    }

    /** The final turns and the centroid of each labelled speaker. */
    private record Speakers(Annotation annotation, Map<String, float[]> centroids) {
    }

    private static void report(DiarizationListener listener, StageClock clock, DiarizationStage... stages) {
        for (DiarizationStage stage : stages) {
            listener.finished(stage, clock.nanos(stage) / 1e9);
        }
    }
}
