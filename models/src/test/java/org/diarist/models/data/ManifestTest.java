package org.diarist.models.data;

import org.diarist.engine.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void writesAndReadsWholeFilesAndExcerpts() throws Exception {
        Manifest manifest = new Manifest(List.of(
            ManifestEntry.whole(dir.resolve("a.wav"), "librispeech:103", "librispeech-train-clean-100", 12.345),
            ManifestEntry.excerpt(dir.resolve("trn00.flac"), "ami:MEE068", "ami-train", 11.04, 15.632)));
        Path file = dir.resolve("m.tsv");
        manifest.write(file);

        List<String> lines = Files.readAllLines(file);
        assertEquals("path\tspeaker\tdataset\tduration\tstart\tend", lines.get(0));
        assertEquals(dir.resolve("a.wav") + "\tlibrispeech:103\tlibrispeech-train-clean-100\t12.345\t\t", lines.get(1));
        assertEquals(dir.resolve("trn00.flac") + "\tami:MEE068\tami-train\t4.592\t11.040\t15.632", lines.get(2));
        assertEquals(manifest.entries(), Manifest.read(file).entries());
    }

    @Test
    void resolvesRelativePathsAgainstTheManifestFolder() throws Exception {
        Path file = dir.resolve("sub/m.tsv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "path\tspeaker\tdataset\tduration\tstart\tend\nclips/x.opus\tfsdd:theo\tfsdd\t0.5\t\t\n");
        assertEquals(dir.resolve("sub/clips/x.opus"), Manifest.read(file).entries().get(0).path());
    }

    @Test
    void summarisesSpeakersFilesAndHoursPerDataset() {
        Manifest manifest = new Manifest(List.of(
            ManifestEntry.whole(Path.of("/a"), "librispeech:1", "librispeech-train-clean-100", 1800),
            ManifestEntry.whole(Path.of("/b"), "librispeech:1", "librispeech-train-clean-5", 1800),
            ManifestEntry.excerpt(Path.of("/c"), "ami:X", "ami-train", 0, 360),
            ManifestEntry.excerpt(Path.of("/c"), "ami:Y", "ami-train", 360, 720)));
        List<DatasetSummary> s = manifest.summaries();
        assertEquals(new DatasetSummary("librispeech-train-clean-100", 1, 1, 1, 0.5), s.get(0));
        assertEquals(new DatasetSummary("ami-train", 2, 1, 2, 0.2), s.get(2));
        // The same LibriSpeech speaker in two subsets counts once in the total.
        assertEquals(new DatasetSummary("total", 3, 3, 4, 1.2), s.get(3));
    }

    @Test
    void badLinesNameTheFileAndLine() throws Exception {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "path\tspeaker\tdataset\tduration\tstart\tend\nx.wav\tfsdd:theo\tfsdd\tlong\t\t\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Manifest.read(file));
        assertTrue(e.getMessage().startsWith(file + ": line 2: "), e.getMessage());

        Files.writeString(file, "path\tspeaker\tdataset\tduration\tstart\tend\nx.wav\ttheo\tfsdd\t1.0\t\t\n");
        e = assertThrows(InvalidInputException.class, () -> Manifest.read(file));
        assertTrue(e.getMessage().contains("line 2: speaker id must carry"), e.getMessage());

        Files.writeString(file, "x.wav\tfsdd:theo\n");
        e = assertThrows(InvalidInputException.class, () -> Manifest.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not a manifest"), e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> Manifest.read(dir.resolve("missing.tsv")));
        assertEquals(dir.resolve("missing.tsv") + ": no such manifest", e.getMessage());
    }
}
