package org.diarist.engine.evaluation;

import org.diarist.engine.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkManifestTest {

    @TempDir
    Path folder;

    @Test
    void resolvesRelativePathsAgainstTheManifestFolderAndSkipsCommentsAndBlankLines() throws IOException {
        ReportFixture fixture = new ReportFixture(folder);
        BenchmarkManifest manifest = BenchmarkManifest.read(fixture.manifest);

        List<BenchmarkManifest.Recording> recordings = manifest.recordings();
        assertEquals(2, recordings.size());
        assertEquals(folder.resolve("audio/alpha.wav"), recordings.get(0).audio());
        assertEquals(folder.resolve("refs/all.rttm"), recordings.get(0).reference());
        assertEquals(Optional.of(folder.resolve("refs/all.uem")), recordings.get(0).uem());
        assertEquals("alpha", recordings.get(0).uri());
        assertEquals(2, recordings.get(0).line());
        assertEquals("beta", recordings.get(1).uri());
        assertEquals(Optional.empty(), recordings.get(1).uem());
        assertEquals(4, recordings.get(1).line());
    }

    @Test
    void anEmptyThirdFieldMeansNoUem() throws IOException {
        new ReportFixture(folder);
        Path manifest = write("audio/alpha.wav\trefs/all.rttm\t\n");
        assertEquals(Optional.empty(), BenchmarkManifest.read(manifest).recordings().get(0).uem());
    }

    @Test
    void namesTheLineOfAMissingFile() throws IOException {
        new ReportFixture(folder);
        Path manifest = write("audio/alpha.wav\trefs/all.rttm\naudio/nothing.wav\trefs/all.rttm\n");
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> BenchmarkManifest.read(manifest));
        assertEquals(manifest + ": line 2: no such file " + folder.resolve("audio/nothing.wav"), error.getMessage());
    }

    @Test
    void rejectsMalformedManifests() throws IOException {
        new ReportFixture(folder);
        assertProblem(write("audio/alpha.wav\n"), "line 1: expected AUDIO<tab>REFERENCE.rttm[<tab>REGIONS.uem], found 1 field(s)");
        assertProblem(write("audio/alpha.wav refs/all.rttm\n"), "found 1 field(s)");
        assertProblem(write("a\tb\tc\td\n"), "found 4 field(s)");
        assertProblem(write("# nothing but a comment\n\n"), "no recordings");
        assertProblem(write("audio/alpha.wav\trefs/all.rttm\n./audio/alpha.wav\trefs/all.rttm\n"),
            "line 2: recording 'alpha' is already on line 1");
        assertProblem(folder.resolve("absent.tsv"), "no such file");
    }

    private void assertProblem(Path manifest, String problem) {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> BenchmarkManifest.read(manifest));
        assertTrue(error.getMessage().startsWith(manifest + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(Files.createTempFile(folder, "manifest", ".tsv"), text);
    }
}
