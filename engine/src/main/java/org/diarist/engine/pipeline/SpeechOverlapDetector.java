package org.diarist.engine.pipeline;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.SlidingWindow;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.annotation.Track;
import org.diarist.engine.audio.AudioSource;
import org.diarist.engine.segmentation.OverlapAdd;
import org.diarist.engine.segmentation.Powerset;
import org.diarist.engine.segmentation.SegmentationModel;
import org.diarist.engine.segmentation.SlidingInference;
import org.diarist.engine.segmentation.WindowBatch;

import java.util.ArrayList;
import java.util.List;

/**
 * Speech and overlapped speech from the segmentation model alone ({@code diarist segment}): per frame, the
 * probability that at least one, and at least two, local speakers talk, overlap-added across windows with Hamming
 * weights, then binarised. The model is borrowed, not owned.
 */
public final class SpeechOverlapDetector {

    /** Label of speech regions. */
    public static final String SPEECH = "speech";
    /** Label of overlapped-speech regions. */
    public static final String OVERLAP = "overlap";

    private final SegmentationModel model;
    private final SegmentationConfig config;

    public SpeechOverlapDetector(SegmentationModel model, SegmentationConfig config) {
        this.model = model;
        this.config = config;
    }

    /**
     * Speech ({@value #SPEECH}) and overlap ({@value #OVERLAP}) regions of everything {@code source} still has to
     * give, reporting windows done as {@link DiarizationStage#SEGMENTATION}.
     */
    public Annotation detect(AudioSource source, String uri, DiarizationListener listener) {
        SlidingInference inference = config.slidingInference(model);
        Powerset powerset = inference.specification().powerset();
        int framesPerWindow = inference.specification().frames();
        OverlapAdd aggregate = OverlapAdd.hamming(2, framesPerWindow);
        long expectedWindows = inference.windowCount(source.info().framesAt(source.sampleRate()));
        long start = System.nanoTime();
        SlidingInference.Summary summary = inference.run(source, batch -> {
            addSpeechAndOverlap(batch, inference, powerset, aggregate);
            listener.progress(DiarizationStage.SEGMENTATION, batch.window(batch.size()), expectedWindows);
        });
        listener.finished(DiarizationStage.SEGMENTATION, (System.nanoTime() - start) / 1e9);

        int gridFrames = Math.toIntExact(inference.frameCount(summary.windows()));
        SlidingWindow frames = inference.frames();
        Segment extent = new Segment(0, summary.samples() / (double) source.sampleRate());
        Timeline speech = Binarizer.binarize(aggregate.average(gridFrames, 0, 0f), frames, extent, config.speech());
        Timeline overlap = Binarizer.binarize(aggregate.average(gridFrames, 1, 0f), frames, extent, config.overlap());
        List<Track> tracks = new ArrayList<>();
        speech.forEach(segment -> tracks.add(new Track(segment, SPEECH)));
        overlap.forEach(segment -> tracks.add(new Track(segment, OVERLAP)));
        return Annotation.of(uri, tracks);
    }

    private static void addSpeechAndOverlap(WindowBatch batch, SlidingInference inference, Powerset powerset,
                                            OverlapAdd aggregate) {
        for (int i = 0; i < batch.size(); i++) {
            float[][] logProbabilities = batch.logProbabilities()[i];
            float[][] scores = new float[logProbabilities.length][2];
            for (int f = 0; f < logProbabilities.length; f++) {
                scores[f][0] = powerset.probabilityOfAtLeast(logProbabilities[f], 1);
                scores[f][1] = powerset.probabilityOfAtLeast(logProbabilities[f], 2);
            }
            aggregate.add(inference.startFrame(batch.window(i)), scores);
        }
    }
}
