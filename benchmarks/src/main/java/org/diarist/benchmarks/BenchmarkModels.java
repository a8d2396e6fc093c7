package org.diarist.benchmarks;

import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.embedding.EmbeddingModel;
import org.diarist.engine.embedding.NativeEmbeddingModel;
import org.diarist.engine.embedding.NativeModelConfig;
import org.diarist.engine.embedding.SpeakerNetwork;
import org.diarist.engine.embedding.SpeakerNetworkConfig;
import org.diarist.engine.segmentation.NativeSegmentationModel;
import org.diarist.engine.segmentation.SegmentationModel;
import org.diarist.engine.segmentation.SegmentationNetwork;
import org.diarist.engine.segmentation.SegmentationNetworkConfig;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.engine.torch.TorchRuntime;
import org.diarist.models.catalog.ModelCatalog;
import org.diarist.models.catalog.ModelSearchPath;
import org.diarist.models.catalog.ModelStore;
import org.diarist.models.embedding.EmbeddingModels;
import org.diarist.models.segmentation.SegmentationModels;
import org.diarist.models.train.segmentation.SegmentationModelWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The networks the benchmarks time. {@value #RANDOM} is a seeded, randomly initialised network of the default
 * architecture: it costs what trained weights of that architecture cost, and needs no model file. Anything else is
 * a catalog name ({@code diarist-segmentation}, {@code diarist-embedding}, ...) or a model folder, as the commands
 * take it.
 */
final class BenchmarkModels {

    static final String RANDOM = "random";

    private BenchmarkModels() {
    }

    static SegmentationModel segmentation(String model, ComputeDevice device) {
        if (!model.equals(RANDOM)) {
            return SegmentationModels.open(store(), model, device);
        }
        TorchRuntime.ensureLoaded();
        torch.manual_seed(0);
        SegmentationNetworkConfig config = SegmentationNetworkConfig.defaults();
        SegmentationNetwork network = new SegmentationNetwork(config);
        // The native model loads from a folder only; a temporary one keeps the benchmark on the real load path.
        Path folder = null;
        try {
            folder = Files.createTempDirectory("diarist-bench-segmentation");
            SegmentationModelWriter.write(network, config, folder);
            return NativeSegmentationModel.load(folder, device);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            network.close();
            deleteQuietly(folder);
        }
    }

    static EmbeddingModel embedding(String model, ComputeDevice device) {
        if (!model.equals(RANDOM)) {
            return EmbeddingModels.open(store(), model, device);
        }
        TorchRuntime.ensureLoaded();
        torch.manual_seed(0);
        SpeakerNetworkConfig network = SpeakerNetworkConfig.DEFAULT;
        return NativeEmbeddingModel.of("random", NativeModelConfig.of("random", network), new SpeakerNetwork(network),
            device.resolve());
    }

    /**
     * The standard model search path; the bundled weights are those of {@code -Ddiarist.root} or, when it is not
     * set (a plain {@code java -jar benchmarks/target/benchmarks.jar}), of the checkout this code was built in.
     */
    static ModelStore store() {
        String root = System.getProperty("diarist.root");
        return new ModelStore(ModelCatalog.builtIn(), ModelSearchPath.of(null, System.getenv(ModelSearchPath.ENV),
            Path.of(System.getProperty("user.home")), root != null ? Path.of(root) : checkoutOfThisCode()));
    }

    /** benchmarks/target/benchmarks.jar (or benchmarks/target/classes) → the checkout, if it has bundled weights. */
    private static Path checkoutOfThisCode() {
        Path checkout;
        try {
            checkout = Path.of(BenchmarkModels.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toAbsolutePath();
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
        for (int up = 0; up < 3 && checkout != null; up++) {
            checkout = checkout.getParent();
        }
        return checkout != null && Files.isDirectory(checkout.resolve(ModelSearchPath.BUNDLED_FOLDER)) ? checkout : null;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
