package org.diarist.models.catalog;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelCatalogTest {

    @TempDir
    Path dir;

    @Test
    void builtInCatalogListsTheKnownModels() {
        ModelCatalog catalog = ModelCatalog.builtIn();

        assertEquals(List.of("silero-vad", "pyannote-segmentation-3.0", "wespeaker-resnet34",
            "diarist-segmentation", "diarist-embedding"), catalog.names());
        ModelEntry silero = catalog.entry("silero-vad");
        assertEquals(ModelKind.VAD, silero.kind());
        assertEquals(ModelFormat.TORCHSCRIPT, silero.format());
        assertEquals(ModelOrigin.DOWNLOAD, silero.origin());
        assertTrue(silero.downloadUrl().orElseThrow().toString().endsWith("/src/silero_vad/data/silero_vad.jit"));
        assertTrue(catalog.entry("pyannote-segmentation-3.0").checksum().isEmpty());
        assertEquals(ModelFormat.NATIVE_SAFETENSORS, catalog.entry("diarist-embedding").format());
    }

    @Test
    void sileroChecksumAndSizeMatchTheSharedCopy() throws IOException {
        Path jit = SharedData.require("models/silero-vad/silero_vad.jit");
        ModelEntry silero = ModelCatalog.builtIn().entry("silero-vad");

        assertEquals(silero.sha256(), FileChecksums.sha256(jit));
        assertEquals(silero.size(), Files.size(jit));
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> ModelCatalog.builtIn().entry("silero"));
        assertEquals("unknown model 'silero' (known models: silero-vad, pyannote-segmentation-3.0, "
            + "wespeaker-resnet34, diarist-segmentation, diarist-embedding)", e.getMessage());
    }

    @Test
    void downloadableEntryWithoutChecksumIsRejected() throws IOException {
        Path file = write("""
            {"models": [{"name": "m", "kind": "vad", "format": "torchscript", "origin": "download",
                         "file": "m.pt", "url": "http://127.0.0.1/m.pt"}]}""");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelCatalog.fromFile(file));
        assertEquals(file + ": model m: a downloadable model needs both url and sha256", e.getMessage());
    }

    @Test
    void unknownKindNamesTheValidOnes() throws IOException {
        Path file = write("""
            {"models": [{"name": "m", "kind": "asr", "format": "torchscript", "origin": "user-export", "file": "m.pt"}]}""");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelCatalog.fromFile(file));
        assertEquals(file + ": model m: unknown kind 'asr' (expected one of vad, segmentation, embedding)",
            e.getMessage());
    }

    @Test
    void singleFileNamesMustNotCollide() throws IOException {
        Path file = write("""
            {"models": [
              {"name": "a", "kind": "vad", "format": "torchscript", "origin": "user-export", "file": "m.pt"},
              {"name": "b", "kind": "vad", "format": "torchscript", "origin": "user-export", "file": "m.pt"}]}""");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelCatalog.fromFile(file));
        assertTrue(e.getMessage().endsWith("model b: file m.pt is already used by another model"), e.getMessage());
    }

    @Test
    void malformedJsonIsBadInput() throws IOException {
        Path file = write("{\"models\": [");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelCatalog.fromFile(file));
        assertTrue(e.getMessage().startsWith(file + ": not a JSON model catalog"), e.getMessage());
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("catalog.json"), json);
    }
}
