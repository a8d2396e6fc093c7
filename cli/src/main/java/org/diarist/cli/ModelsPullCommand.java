package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.models.catalog.FileChecksums;
import org.diarist.models.catalog.ModelDownloader;
import org.diarist.models.catalog.ModelEntry;
import org.diarist.models.catalog.ModelOrigin;
import org.diarist.models.catalog.ModelSearchPath;
import org.diarist.models.catalog.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code diarist models pull NAME}: downloads a model into the first models folder the user named (or
 * {@code ~/.cache/diarist/models}), resuming a partial download and installing the file only when its sha256 matches.
 * Network and HTTP failures exit 1; a model that cannot be downloaded or a bad option exits 2.
 */
@Command(name = "pull", mixinStandardHelpOptions = true,
    description = "Download a model (resumable, sha256-checked) into --models DIR, $DIARIST_MODELS or ~/.cache/diarist/models.")
final class ModelsPullCommand implements Callable<Integer> {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ModelStoreOptions storeOptions;

    @Parameters(paramLabel = "NAME", description = "The model to download.")
    String name;

    @Option(names = "--url", paramLabel = "URL", description = "Download from URL instead of the catalog's (a mirror).")
    URI url;

    @Option(names = "--sha256", paramLabel = "HEX", description = "Expected sha256, for a model the catalog has none for.")
    String sha256;

    @Override
    public Integer call() throws IOException {
        ModelStore store = storeOptions.store();
        ModelEntry entry = store.catalog().entry(name);
        if (entry.origin() == ModelOrigin.BUNDLED) {
            throw new InvalidInputException("model " + name + " ships with Diarist in "
                + ModelSearchPath.BUNDLED_FOLDER + "/" + name + "/; there is nothing to pull");
        }
        URI source = url != null ? url : entry.downloadUrl().orElseThrow(() -> new InvalidInputException(
            "model " + name + " has no download URL: export it yourself (README, section Models), or give --url URL --sha256 HEX"));
        String expected = expectedChecksum(entry);
        Path folder = store.searchPath().downloadFolder().orElseThrow(
            () -> new InvalidInputException("no folder to download into: give --models DIR"));
        Path target = folder.resolve(entry.file());
        PrintWriter out = spec.commandLine().getOut();

        if (Files.isRegularFile(target) && FileChecksums.sha256(target).equals(expected)) {
            out.println(name + ": already present and verified at " + target);
            out.flush();
            return ExitCodes.OK;
        }
        ModelDownloader.Result result;
        try (ProgressBar bar = ProgressBar.onTerminal(spec.commandLine().getErr(), name, common)) {
            result = new ModelDownloader().download(source, target, expected, entry.expectedSize().orElse(null),
                bar::update);
        }
        String resumed = result.resumedFrom() > 0 ? ", resumed after " + result.resumedFrom() + " bytes" : "";
        out.println(name + ": downloaded " + result.fetched() + " bytes" + resumed + ", sha256 verified, installed at "
            + result.file());
        out.flush();
        return ExitCodes.OK;
    }

    private String expectedChecksum(ModelEntry entry) {
        if (sha256 == null) {
            return entry.checksum().orElseThrow(() -> new InvalidInputException(
                "model " + name + " has no sha256 in the catalog: give --sha256 HEX so the download can be checked"));
        }
        String given = sha256.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(given).matches()) {
            throw new InvalidInputException("--sha256 must be 64 hex digits, not " + sha256);
        }
        if (entry.checksum().isPresent() && !entry.checksum().get().equals(given)) {
            throw new InvalidInputException("--sha256 " + given + " contradicts the catalog's " + entry.sha256()
                + " for model " + name);
        }
        return given;
    }
}
