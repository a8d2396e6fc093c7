package org.diarist.models.data;

import org.diarist.engine.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manifest of the real shared data: speaker counts as the data sets' SOURCE.txt files define them. */
class SharedManifestTest {

    @Test
    void countsTheSpeakersOfEachSharedDataset() throws IOException {
        Path data = SharedData.require("data/librispeech");
        // Durations are not under test here; a constant keeps the test from decoding thousands of files.
        Manifest manifest = ManifestBuilder.forSharedData(data.getParent()).build(file -> 1.0, note -> { });
        Map<String, Integer> speakers = manifest.summaries().stream()
            .collect(Collectors.toMap(DatasetSummary::dataset, DatasetSummary::speakers));

        assertEquals(211, speakers.get("librispeech-train-clean-100"));
        assertEquals(21, speakers.get("librispeech-train-clean-5"));
        assertEquals(30, speakers.get("arabic-speech-commands"));
        assertEquals(728, speakers.get("commonvoice"));
        assertEquals(6, speakers.get("fsdd"));
        assertEquals(33, speakers.get("an4")); // 40 files of 33 speakers (the shared README says 34)
        assertTrue(speakers.get("ami-train") >= 4, speakers.toString());
        // train-clean-5 speakers are train-clean-100 speakers: the union adds none.
        assertEquals(211, manifest.speakers().stream().filter(s -> s.startsWith("librispeech:")).count());

        for (ManifestEntry e : manifest.entries()) {
            assertFalse(e.path().toString().contains("test-other"), e.toString());
            assertFalse(e.path().getFileName().toString().startsWith("dev"), e.toString());
        }
    }

    @Test
    void headerDurationsAgreeWithTheListedDecodedLengths() throws IOException {
        Path listed = SharedData.require("data/librispeech/train-clean-5");
        List<ManifestEntry> entries = new ListedDataSource("x", "x", listed).entries(file -> 0);
        DurationProbe probe = DurationProbe.fromHeaders();
        for (ManifestEntry e : entries.subList(0, 20)) {
            assertEquals(e.duration(), probe.seconds(e.path()), 0.03, e.path().toString());
        }
    }
}
