package org.diarist.models.catalog;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.diarist.models.catalog.TestBytes.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelStoreTest {

    @TempDir
    Path dir;

    private final byte[] weights = TestBytes.random(10_000, 3);
    private ModelCatalog catalog;
    private Path option;
    private Path envA;
    private Path envB;
    private Path home;
    private Path root;

    @BeforeEach
    void setUp() throws IOException {
        Path catalogFile = Files.writeString(dir.resolve("catalog.json"), """
            {"models": [
              {"name": "vad", "kind": "vad", "format": "torchscript", "origin": "download", "file": "vad.jit",
               "url": "http://127.0.0.1:9/vad.jit", "sha256": "%s"},
              {"name": "seg", "kind": "segmentation", "format": "torchscript", "origin": "user-export",
               "file": "seg.pt"},
              {"name": "own", "kind": "embedding", "format": "native-safetensors", "origin": "bundled",
               "file": "model.safetensors"}]}""".formatted(sha256(weights)));
        catalog = ModelCatalog.fromFile(catalogFile);
        option = Files.createDirectory(dir.resolve("option"));
        envA = Files.createDirectory(dir.resolve("envA"));
        envB = Files.createDirectory(dir.resolve("envB"));
        home = Files.createDirectory(dir.resolve("home"));
        root = Files.createDirectory(dir.resolve("root"));
    }

    private ModelStore store() {
        return new ModelStore(catalog, ModelSearchPath.of(option, envA + ":" + envB, home, root));
    }

    @Test
    void earlierFolderOnTheSearchPathWins() throws IOException {
        Path inCache = put(ModelSearchPath.userCache(home).resolve("vad.jit"), weights);
        assertEquals(inCache, store().resolve("vad"));

        Path inEnvB = put(envB.resolve("vad").resolve("vad.jit"), weights);
        assertEquals(inEnvB, store().resolve("vad"));

        Path inOption = put(option.resolve("vad.jit"), weights);
        assertEquals(inOption, store().resolve("vad"));
    }

    @Test
    void modelWithAChecksumIsVerified() throws IOException {
        put(envA.resolve("vad.jit"), weights);
        ModelStatus status = store().status(catalog.entry("vad"));
        assertEquals(ModelStatus.State.VERIFIED, status.state());
        assertEquals(sha256(weights), status.actualSha256());
    }

    @Test
    void corruptFileIsReportedNotSkipped() throws IOException {
        byte[] corrupt = weights.clone();
        corrupt[0] ^= 1;
        Path bad = put(option.resolve("vad.jit"), corrupt);
        put(envA.resolve("vad.jit"), weights);

        assertEquals(ModelStatus.State.BAD_CHECKSUM, store().status(catalog.entry("vad")).state());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> store().resolve("vad"));
        assertEquals(bad + ": sha256 mismatch for model vad (expected " + sha256(weights) + ", found "
            + sha256(corrupt) + "); delete it or run `diarist models pull vad`", e.getMessage());
    }

    @Test
    void modelWithoutChecksumIsFoundUnverified() throws IOException {
        Path seg = put(home.resolve(".cache/diarist/models/seg.pt"), weights);
        ModelStatus status = store().status(catalog.entry("seg"));
        assertEquals(ModelStatus.State.UNVERIFIED, status.state());
        assertEquals(seg, store().resolve("seg"));
    }

    @Test
    void bundledNativeModelIsFoundInItsOwnFolderOnly() throws IOException {
        put(root.resolve("models/weights/model.safetensors"), weights);
        assertEquals(ModelStatus.State.MISSING, store().status(catalog.entry("own")).state());

        Path bundled = put(root.resolve("models/weights/own/model.safetensors"), weights);
        assertEquals(bundled, store().resolve("own"));
    }

    @Test
    void missingDownloadableModelSaysWhereItLookedAndHowToPull() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> store().resolve("vad"));
        assertEquals("model vad not found (looked for vad.jit in " + option + " (--models), " + envA
            + " ($DIARIST_MODELS), " + envB + " ($DIARIST_MODELS), " + ModelSearchPath.userCache(home)
            + " (user cache), " + root.resolve("models/weights") + " (bundled)); run `diarist models pull vad`",
            e.getMessage());
    }

    @Test
    void missingExportSaysHowToExport() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> store().resolve("seg"));
        assertTrue(e.getMessage().endsWith("export it to TorchScript as seg.pt (README, section Models) and put it"
            + " in one of those folders, or pass its path"), e.getMessage());
    }

    @Test
    void directPathIsTakenAsIs() throws IOException {
        Path file = put(dir.resolve("elsewhere/custom.pt"), weights);
        assertEquals(file, store().resolve(file.toString()));

        Path absent = dir.resolve("elsewhere/absent.pt");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> store().resolve(absent.toString()));
        assertEquals(absent + ": no such model file", e.getMessage());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> store().resolve("vda"));
        assertEquals("unknown model 'vda' (known models: vad, seg, own)", e.getMessage());
    }

    @Test
    void pullGoesToTheFirstFolderTheUserNamed() {
        assertEquals(option, ModelSearchPath.of(option, envA.toString(), home, root).downloadFolder().orElseThrow());
        assertEquals(envA, ModelSearchPath.of(null, envA.toString(), home, root).downloadFolder().orElseThrow());
        assertEquals(ModelSearchPath.userCache(home), ModelSearchPath.of(null, null, home, root).downloadFolder().orElseThrow());
    }

    @Test
    void sharedSileroResolvesVerifiedThroughTheBuiltInCatalog() {
        Path folder = SharedData.require("models/silero-vad");
        ModelStore store = new ModelStore(ModelCatalog.builtIn(), ModelSearchPath.of(folder, null, null, null));
        assertEquals(folder.resolve("silero_vad.jit"), store.resolve("silero-vad"));
        assertEquals(ModelStatus.State.VERIFIED, store.status(store.catalog().entry("silero-vad")).state());
    }

    private static Path put(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }
}
