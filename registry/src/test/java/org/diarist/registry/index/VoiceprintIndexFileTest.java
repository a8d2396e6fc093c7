package org.diarist.registry.index;

import org.diarist.registry.SyntheticVoices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoiceprintIndexFileTest {

    @TempDir
    Path folder;

    @Test
    void roundTripsIdsGenerationAndGraph() throws IOException {
        VoiceprintIndex index = graphIndex();
        Path file = folder.resolve("registry.hnsw");
        VoiceprintIndexFile.save(index, file);

        VoiceprintIndexFile.Summary summary = VoiceprintIndexFile.readSummary(file);
        assertEquals(new VoiceprintIndexFile.Summary("registry-1", "model-a", 32, 7, 1_000 + 299, 300), summary);
        VoiceprintIndex loaded = VoiceprintIndexFile.load(file, HnswParameters.DEFAULT, 100, 1);
        assertTrue(loaded.approximate());
        float[] query = new SyntheticVoices(32, 0.05, 1).sample(4, 77);
        assertEquals(index.search(query, 5), loaded.search(query, 5));
        assertTrue(loaded.search(query, 1).get(0).voiceprintId() > 1_000, "ordinals map back to voiceprint ids");
        try (var leftovers = Files.list(folder)) {
            assertEquals(1, leftovers.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aDamagedOrTruncatedFileIsRefusedBeforeLoading() throws IOException {
        Path file = folder.resolve("registry.hnsw");
        VoiceprintIndexFile.save(graphIndex(), file);
        long length = Files.size(file);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(length / 2);
            int value = raw.read();
            raw.seek(length / 2);
            raw.write(value ^ 0x40);
        }
        IOException damaged = assertThrows(IOException.class,
            () -> VoiceprintIndexFile.load(file, HnswParameters.DEFAULT, 100, 1));
        assertTrue(damaged.getMessage().contains("checksum"), damaged.getMessage());

        VoiceprintIndexFile.save(graphIndex(), file);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.setLength(length - 100);
        }
        assertThrows(IOException.class, () -> VoiceprintIndexFile.readSummary(file));

        Files.write(file, new byte[] {1, 2, 3});
        assertThrows(IOException.class, () -> VoiceprintIndexFile.readSummary(file));
    }

    private static VoiceprintIndex graphIndex() {
        SyntheticVoices voices = new SyntheticVoices(32, 0.05, 1);
        VoiceprintIndex index = VoiceprintIndex.empty("registry-1", "model-a", 32, HnswParameters.DEFAULT, 100, 1);
        for (int i = 0; i < 300; i++) {
            index.append(1_000 + i, voices.sample(i % 10, i));
        }
        index.markCurrent(7);
        assertTrue(index.approximate(), "past exactBelow the index switches to a graph");
        return index;
    }
}
