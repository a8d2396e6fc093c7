package org.diarist.models.train.embedding;

import org.diarist.models.data.Manifest;
import org.diarist.models.data.ManifestEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TrainingAudioTest {

    /** Regression: the TSV rounds durations, so a read-back manifest once missed the decoded-audio cache. */
    @Test
    void cacheKeySurvivesTheManifestsTsvRoundTrip(@TempDir Path dir) throws Exception {
        Manifest manifest = new Manifest(List.of(
            ManifestEntry.whole(Path.of("/data/a.opus"), "set:a", "set", 12.345678901),
            ManifestEntry.excerpt(Path.of("/data/m.flac"), "ami:x", "ami", 1.25, 7.5)));
        Path tsv = dir.resolve("m.tsv");
        manifest.write(tsv);
        assertEquals(TrainingAudio.manifestKey(manifest.entries()), TrainingAudio.manifestKey(Manifest.read(tsv).entries()));
        Manifest other = new Manifest(List.of(ManifestEntry.excerpt(Path.of("/data/m.flac"), "ami:x", "ami", 1.5, 7.5)));
        assertNotEquals(TrainingAudio.manifestKey(manifest.entries()), TrainingAudio.manifestKey(other.entries()));
    }

    @Test
    void durationWeightedLookupAndWrappingCopy() {
        TrainingAudio audio = TrainingAudio.of(List.of(new float[] {0.5f, -0.5f}, new float[] {0.25f, 0.25f, 0.25f}),
            List.of("s:b", "s:a"));
        assertEquals(List.of("s:a", "s:b"), audio.speakers());
        assertEquals(1, audio.speakerOf(0));
        assertEquals(0, audio.clipAtSample(1));
        assertEquals(1, audio.clipAtSample(2));
        assertEquals(1, audio.clipAtSample(4));
        float[] out = new float[5];
        audio.copy(0, 1, out, 0, 5);
        assertArrayEquals(new float[] {-0.5f, 0.5f, -0.5f, 0.5f, -0.5f}, out);
    }
}
