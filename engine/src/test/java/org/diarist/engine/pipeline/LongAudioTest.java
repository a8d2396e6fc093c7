package org.diarist.engine.pipeline;

import org.diarist.engine.SharedData;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.audio.WavWriter;
import org.diarist.engine.embedding.NativeEmbeddingModel;
import org.diarist.engine.segmentation.NativeSegmentationModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ten minutes of real speech (the sample conversation, repeated) through the whole pipeline: what the streaming
 * pass holds must not depend on the recording's length — the audio buffer stays one batch of windows, and the
 * results kept are exactly the per-window ones. (Peak RSS on hours of audio: benchmarks/long-audio.sh.)
 */
class LongAudioTest {

    private static final int MINUTES = 10;

    @Test
    void memoryFollowsWindowsNotTheLengthOfTheAudio(@TempDir Path dir) throws Exception {
        float[] conversation = Audio.load(SharedData.repositoryRoot().resolve("samples/conversation.wav"));
        Path shortFile = repeat(conversation, 60, dir.resolve("one-minute.wav"));
        Path longFile = repeat(conversation, MINUTES * 60, dir.resolve("ten-minutes.wav"));
        DiarizationConfig config = DiarizationConfig.builder()
            .segmentation(SegmentationConfig.builder().stepRatio(1.0).batchSize(4).build())
            .build();
        try (NativeSegmentationModel segmentation = RandomModels.segmentation(3);
             NativeEmbeddingModel embedding = RandomModels.embedding(1)) {
            SpeakerDiarization pipeline = new SpeakerDiarization(segmentation, embedding, config);
            StreamStatistics oneMinute = pipeline.diarize(shortFile).stream();
            DiarizationResult tenMinutes = pipeline.diarize(longFile);
            StreamStatistics stream = tenMinutes.stream();

            assertEquals(MINUTES * 60 * 16000L, stream.samples());
            assertEquals(MINUTES * 6, stream.windows());
            int oneBatch = 160000 + 3 * 160000;
            assertTrue(stream.peakBufferedSamples() <= oneBatch, "peak " + stream.peakBufferedSamples());
            assertEquals(oneMinute.peakBufferedSamples(), stream.peakBufferedSamples());
            assertEquals((long) stream.windows() * 589, stream.activityBytes());
            assertTrue(stream.embeddings() <= 3 * stream.windows(), stream.embeddings() + " embeddings");
            assertEquals(MINUTES * 60.0, tenMinutes.duration(), 1e-9);
            tenMinutes.annotation().tracks()
                .forEach(track -> assertTrue(track.end() <= MINUTES * 60.0 + 1e-9, track.toString()));
            System.out.println("long audio timings: " + tenMinutes.timings() + ", " + stream);
        }
    }

    private static Path repeat(float[] speech, int seconds, Path file) throws Exception {
        float[] samples = new float[seconds * 16000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = speech[i % speech.length];
        }
        WavWriter.writePcm16(file, samples, 16000);
        return file;
    }
}
