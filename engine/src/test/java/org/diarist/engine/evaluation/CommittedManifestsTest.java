package org.diarist.engine.evaluation;

import org.diarist.engine.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manifests committed under benchmarks/manifests name files that exist (AMI's only where ../shared is). */
class CommittedManifestsTest {

    private static final Path MANIFESTS = SharedData.repositoryRoot().resolve("benchmarks/manifests");

    @Test
    void sampleManifestNamesTheBundledSample() {
        BenchmarkManifest manifest = BenchmarkManifest.read(MANIFESTS.resolve("sample.tsv"));

        assertEquals(1, manifest.recordings().size());
        BenchmarkManifest.Recording sample = manifest.recordings().get(0);
        assertEquals("conversation", sample.uri());
        assertEquals(SharedData.repositoryRoot().resolve("samples/conversation.rttm"), sample.reference());
        assertTrue(sample.uem().isEmpty());
    }

    @Test
    void amiManifestNamesTheDevelopmentExcerptsWithTheirUem() {
        SharedData.require("data/ami/dev00.flac");
        BenchmarkManifest manifest = BenchmarkManifest.read(MANIFESTS.resolve("ami-dev.tsv"));

        assertEquals(List.of("dev00", "dev01"), manifest.recordings().stream().map(BenchmarkManifest.Recording::uri).toList());
        assertEquals(SharedData.root().resolve("data/ami/debug.development.uem"),
            manifest.recordings().get(1).uem().orElseThrow());
    }
}
