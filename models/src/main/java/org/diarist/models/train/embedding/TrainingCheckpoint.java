package org.diarist.models.train.embedding;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bytedeco.pytorch.InputArchive;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.OutputArchive;
import org.diarist.engine.torch.ModuleWeights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * A resumable training state in a folder: network and head weights (safetensors), the optimiser's moments
 * (libtorch archive) and the step with the fixed schedule length. Crops depend only on seed and step, and the
 * weights were initialised from the seed, so nothing else is needed to continue exactly. Written into a fresh
 * folder then swapped in, so a crash mid-write leaves the previous checkpoint intact.
 */
public final class TrainingCheckpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What {@code state.json} holds. */
    public record State(long step, long totalSteps, long seed, int classes) {
    }

    private TrainingCheckpoint() {
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve("state.json"));
    }

    public static void save(Path dir, State state, Module network, Module head, Optimizer optimizer) throws IOException {
        Path fresh = dir.resolveSibling(dir.getFileName() + ".new");
        deleteRecursively(fresh);
        Files.createDirectories(fresh);
        ModuleWeights.save(network, fresh.resolve("network.safetensors"), Map.of("step", Long.toString(state.step())));
        ModuleWeights.save(head, fresh.resolve("head.safetensors"), Map.of());
        OutputArchive archive = new OutputArchive();
        optimizer.save(archive);
        archive.save_to(fresh.resolve("optimizer.pt").toString());
        JSON.writeValue(fresh.resolve("state.json").toFile(), state);
        Path old = dir.resolveSibling(dir.getFileName() + ".old");
        deleteRecursively(old);
        if (Files.exists(dir)) {
            Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(old);
    }

    public static State load(Path dir, Module network, Module head, Optimizer optimizer) throws IOException {
        State state = JSON.readValue(dir.resolve("state.json").toFile(), State.class);
        ModuleWeights.load(network, dir.resolve("network.safetensors"));
        ModuleWeights.load(head, dir.resolve("head.safetensors"));
        InputArchive archive = new InputArchive();
        archive.load_from(dir.resolve("optimizer.pt").toString());
        optimizer.load(archive);
        return state;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
