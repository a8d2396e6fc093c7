package org.diarist.models.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmiTrainStretchesTest {

    @TempDir
    Path ami;

    @Test
    void keepsTheTimeWhereExactlyOneSpeakerTalksForLongEnough() throws Exception {
        Files.writeString(ami.resolve("debug.train.rttm"), String.join("\n",
            "SPEAKER trn00 1 0.000 5.000 <NA> <NA> MEE068 <NA> <NA>",
            "SPEAKER trn00 1 4.000 2.000 <NA> <NA> MEO069 <NA> <NA>",
            "SPEAKER trn00 1 5.500 0.200 <NA> <NA> FEE005 <NA> <NA>",
            "SPEAKER trn00 1 7.000 0.500 <NA> <NA> MEE068 <NA> <NA>",
            "SPEAKER trn01 1 1.000 3.000 <NA> <NA> MEE068 <NA> <NA>",
            "SPEAKER trn09 1 1.000 3.000 <NA> <NA> MEE068 <NA> <NA>", ""));
        Files.createFile(ami.resolve("trn00.flac"));
        Files.createFile(ami.resolve("trn01.flac"));

        List<ManifestEntry> entries = new AmiTrainStretches(ami, 1.0).entries(file -> {
            throw new AssertionError("excerpts need no probing");
        });
        assertEquals(List.of(
            ManifestEntry.excerpt(ami.resolve("trn00.flac"), "ami:MEE068", "ami-train", 0.0, 4.0),
            // MEO069 alone in [5, 5.5) and [5.7, 6): both too short; MEE068's 0.5 s at 7 s too.
            ManifestEntry.excerpt(ami.resolve("trn01.flac"), "ami:MEE068", "ami-train", 1.0, 4.0)), entries);
    }
}
