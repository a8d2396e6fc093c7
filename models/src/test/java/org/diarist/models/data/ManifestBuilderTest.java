package org.diarist.models.data;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds manifests over a miniature copy of the shared data folder's layout. */
class ManifestBuilderTest {

    private static final DurationProbe TWO_SECONDS = file -> 2.0;

    @TempDir
    Path data;

    @BeforeEach
    void layOutSharedData() throws IOException {
        touch("librispeech/train-clean-100/103-1240-0000.opus", "librispeech/train-clean-100/1034-121119-0000.opus",
            "librispeech/test-other/1688/1688-142285-0000.flac",
            "fsdd/0_george_0.opus", "fsdd/1_theo_12.opus", "fsdd/SOURCE.txt",
            "an4/an104-mrcb-b.wav", "an4/cen3-mrcb-b.wav", "an4/an22-flrp-b.wav",
            "ami/trn00.flac", "ami/dev00.flac", "ami/sample.flac");
        write("librispeech/train-clean-5/manifest.tsv",
            "path\tspeaker_id\tduration_s\n103/103-1240-0001.opus\t103\t16.040\n");
        write("commonvoice/manifest.tsv", "path\tspeaker_id\tlanguage\tduration_s\n"
            + "fa/common_voice_fa_1.opus\ta6e84b60065be5e1\tfa\t5.004\n"
            + "en/common_voice_en_2.opus\ta6e84b60065be5e1\ten\t2.016\n"
            + "en/common_voice_en_3.opus\t27a1d9e9f4e8e862\ten\t3.000\n");
        write("ami/debug.development.uem", "dev00 NA 0.000 30.000\n");
    }

    @Test
    void keysSpeakersByDatasetPrefixedIds() throws IOException {
        Manifest manifest = ManifestBuilder.forSharedData(data).build(TWO_SECONDS, note -> { });
        Map<String, List<String>> speakers = manifest.entries().stream().collect(Collectors.groupingBy(
            ManifestEntry::dataset, Collectors.mapping(ManifestEntry::speaker, Collectors.toList())));

        assertEquals(List.of("librispeech:103", "librispeech:1034"), speakers.get("librispeech-train-clean-100"));
        assertEquals(List.of("librispeech:103"), speakers.get("librispeech-train-clean-5"));
        assertEquals(List.of("fsdd:george", "fsdd:theo"), speakers.get("fsdd"));
        assertEquals(List.of("an4:mrcb", "an4:flrp", "an4:mrcb"), speakers.get("an4"));
        // One client id recorded in Persian and in English is one person.
        assertEquals(List.of("commonvoice:a6e84b60065be5e1", "commonvoice:a6e84b60065be5e1",
            "commonvoice:27a1d9e9f4e8e862"), speakers.get("commonvoice"));
        assertEquals(16.04, manifest.entries().stream()
            .filter(e -> e.dataset().equals("librispeech-train-clean-5")).findFirst().orElseThrow().duration());
    }

    @Test
    void neverYieldsTestOtherOrAmiDevelopmentFiles() throws IOException {
        // Sources deliberately rooted above the held-out folders: the exclusion, not the layout, must keep them out.
        List<String> notes = new ArrayList<>();
        Manifest manifest = ManifestBuilder.forSharedData(data)
            .add(new NamedFilesDataSource("librispeech-everything", "librispeech", data.resolve("librispeech"),
                NamedFilesDataSource.field("-", 0, 3)))
            .add(new NamedFilesDataSource("ami-everything", "ami", data.resolve("ami"), name -> java.util.Optional.of(name)))
            .build(TWO_SECONDS, notes::add);

        for (ManifestEntry e : manifest.entries()) {
            assertFalse(e.path().startsWith(data.resolve("librispeech/test-other")), e.toString());
            assertFalse(e.path().getFileName().toString().startsWith("dev"), e.toString());
            assertFalse(e.path().getFileName().toString().startsWith("sample"), e.toString());
        }
        assertTrue(manifest.entries().stream().anyMatch(e -> e.path().endsWith("trn00.flac")));
        assertTrue(notes.contains("librispeech-everything: 2 entries, 1 held-out files dropped"), notes.toString());
        assertTrue(notes.contains("ami-everything: 1 entries, 2 held-out files dropped"), notes.toString());
    }

    @Test
    void heldOutRuleCoversTestOtherAndEveryAmiDevelopmentRecording() throws IOException {
        write("ami/debug.development.rttm", "SPEAKER ES2011a 1 0.0 1.0 <NA> <NA> A <NA> <NA>\n");
        HeldOutData rule = HeldOutData.of(data);
        assertTrue(rule.isHeldOut(data.resolve("librispeech/test-other/1688/1688-142285-0000.flac")));
        assertTrue(rule.isHeldOut(data.resolve("librispeech/../librispeech/test-other/x.flac")));
        assertTrue(rule.isHeldOut(data.resolve("ami/dev01.flac")));
        assertTrue(rule.isHeldOut(data.resolve("ami/ES2011a.wav")));
        assertFalse(rule.isHeldOut(data.resolve("ami/trn00.flac")));
        assertFalse(rule.isHeldOut(data.resolve("librispeech/train-clean-100/103-1240-0000.opus")));
    }

    @Test
    void theHeldOutManifestHoldsTestOtherAloneAndTrainersRefuseIt() throws IOException {
        Manifest manifest = ManifestBuilder.forHeldOutData(data).build(TWO_SECONDS, note -> { });
        assertEquals(List.of(ManifestEntry.whole(data.resolve("librispeech/test-other/1688/1688-142285-0000.flac"),
            "librispeech:1688", "librispeech-test-other", 2.0)), manifest.entries());

        Path file = data.resolve("eval.tsv");
        manifest.write(file);
        assertEquals(manifest.entries(), Manifest.read(file).entries());
        org.diarist.engine.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
            org.diarist.engine.InvalidInputException.class, () -> Manifest.readForTraining(file));
        assertEquals(file + ": holds held-out evaluation data (librispeech-test-other); never train on it", e.getMessage());

        Path training = data.resolve("train.tsv");
        ManifestBuilder.forSharedData(data).build(TWO_SECONDS, note -> { }).write(training);
        assertTrue(Manifest.readForTraining(training).size() > 0);
    }

    @Test
    void skipsAbsentDatasetsWithANote() throws IOException {
        List<String> notes = new ArrayList<>();
        ManifestBuilder.forSharedData(data).build(TWO_SECONDS, notes::add);
        assertTrue(notes.contains("speech-commands: skipped, not found at " + data.resolve("speech-commands")), notes.toString());
    }

    @Test
    void acceptsTheSharedFolderAsWellAsItsDataFolder() throws IOException {
        Path shared = data.resolve("shared");
        Files.createDirectories(shared.resolve("data/fsdd"));
        Files.createFile(shared.resolve("data/fsdd/3_lucas_1.opus"));
        Manifest manifest = ManifestBuilder.forSharedData(shared).build(TWO_SECONDS, note -> { });
        assertEquals(List.of("fsdd:lucas"), manifest.speakers());
    }

    private void touch(String... paths) throws IOException {
        for (String p : paths) {
            write(p, "");
        }
    }

    private void write(String path, String content) throws IOException {
        Path file = data.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
