package org.diarist.engine.pipeline;

import org.diarist.engine.SharedData;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Track;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.audio.WavWriter;
import org.diarist.engine.clustering.SpeakerCountHints;
import org.diarist.engine.embedding.NativeEmbeddingModel;
import org.diarist.engine.segmentation.FakeSegmentationModel;
import org.diarist.engine.segmentation.NativeSegmentationModel;
import org.diarist.engine.segmentation.SegmentationSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole pipeline through the real (untrained) native networks on the bundled sample. */
class SpeakerDiarizationTest {

    private static NativeSegmentationModel segmentation;
    private static NativeEmbeddingModel embedding;
    private static final Path SAMPLE = SharedData.repositoryRoot().resolve("samples/conversation.wav");

    @BeforeAll
    static void models() {
        segmentation = RandomModels.segmentation(3);
        embedding = RandomModels.embedding(1);
    }

    @AfterAll
    static void close() {
        segmentation.close();
        embedding.close();
    }

    private static DiarizationConfig config(SpeakerCountHints hints, boolean exclusive) {
        return DiarizationConfig.builder()
            .segmentation(SegmentationConfig.builder().stepRatio(0.25).build())
            .clustering(ClusteringConfig.builder().hints(hints).build())
            .postProcessing(PostProcessingConfig.builder().exclusive(exclusive).build())
            .build();
    }

    @Test
    void diarizesTheSampleIntoLabelledTurnsWithTimingsAndCentroids() {
        List<DiarizationStage> reported = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        DiarizationListener listener = new DiarizationListener() {
            @Override
            public void progress(DiarizationStage stage, long done, long total) {
                progress.add(done);
            }

            @Override
            public void finished(DiarizationStage stage, double seconds) {
                reported.add(stage);
            }
        };
        DiarizationResult result = new SpeakerDiarization(segmentation, embedding,
            config(SpeakerCountHints.none(), false)).diarize(SAMPLE, listener);

        assertEquals("conversation", result.uri());
        assertEquals(Audio.probe(SAMPLE).durationSeconds(), result.duration(), 1e-3);
        // 52 s in 10 s windows every 2.5 s: 18 windows (the last one padded)
        assertEquals(18, result.stream().windows());
        assertEquals(List.of(DiarizationStage.values()), reported);
        assertEquals(18L, progress.get(progress.size() - 1));
        assertEquals(EnumSet.allOf(DiarizationStage.class), EnumSet.copyOf(result.timings().keySet()));
        for (Track track : result.annotation().tracks()) {
            assertTrue(track.start() >= 0 && track.end() <= result.duration() + 1e-9, track.toString());
            assertTrue(track.label().matches("SPEAKER_\\d\\d"), track.label());
        }
        // Labels are numbered in order of first turn, without gaps, and each has a centroid of the model's size.
        List<String> byFirstTurn = result.annotation().tracks().stream().map(Track::label).distinct().toList();
        for (int k = 0; k < byFirstTurn.size(); k++) {
            assertEquals(String.format("SPEAKER_%02d", k), byFirstTurn.get(k));
        }
        Map<String, float[]> centroids = result.centroids();
        if (result.stream().embeddings() > 0) {
            assertEquals(result.speakers(), List.copyOf(centroids.keySet()).stream().sorted().toList());
            centroids.values().forEach(c -> assertEquals(embedding.dimension(), c.length));
        }
        assertEquals(result.speechBySpeaker().keySet(), new java.util.TreeSet<>(result.speakers()));
    }

    @Test
    void exclusiveModeNeverLetsTwoSpeakersTalkAtOnce() {
        DiarizationResult result = new SpeakerDiarization(segmentation, embedding,
            config(SpeakerCountHints.none(), true)).diarize(SAMPLE);
        TurnBuilderTest.assertNoOverlap(result.annotation());
    }

    @Test
    void aSpeakerCountHintCapsTheSpeakers() {
        Annotation annotation = new SpeakerDiarization(segmentation, embedding,
            config(SpeakerCountHints.exactly(2), false)).diarize(SAMPLE).annotation();
        assertTrue(annotation.labels().size() <= 2, annotation.labels().toString());
    }

    @Test
    void silenceGivesNoTurns(@TempDir Path dir) throws Exception {
        Path silence = dir.resolve("silence.wav");
        WavWriter.writePcm16(silence, new float[16000 * 3], 16000);
        // An untrained network hears speech in silence: a test double that answers "nobody" in silence stands in.
        FakeSegmentationModel silent = new FakeSegmentationModel(SegmentationSpecification.of(RandomModels.SEGMENTATION));
        DiarizationResult result = new SpeakerDiarization(silent, embedding, DiarizationConfig.defaults())
            .diarize(silence);
        assertTrue(result.annotation().isEmpty(), result.annotation().tracks().toString());
        assertEquals(1, result.stream().windows());
        assertEquals("silence", result.uri());
    }
}
