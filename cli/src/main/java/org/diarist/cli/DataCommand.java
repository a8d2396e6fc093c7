package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.models.data.DatasetSummary;
import org.diarist.models.data.DebianVoices;
import org.diarist.models.data.DurationProbe;
import org.diarist.models.data.Manifest;
import org.diarist.models.data.ManifestBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code diarist data ...}: preparing training data. */
@Command(
    name = "data",
    description = "Prepare training data for the trainers.",
    subcommands = {DataCommand.ManifestCommand.class, SimulateCommand.class})
public final class DataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("diarist data: missing a subcommand");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** {@code diarist data manifest}: one TSV of single-speaker training entries, with counts per data set. */
    @Command(
        name = "manifest",
        description = {
            "Scan the shared data sets (and optionally Debian voices) into a training manifest (TSV: path, speaker,"
                + " dataset, duration, start, end) and print speakers, files and hours per data set.",
            "LibriSpeech test-other and the AMI development files are always left out (--held-out writes the"
                + " test-other voices alone, for evaluation)."})
    static final class ManifestCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--shared", required = true, paramLabel = "DIR",
            description = "The shared data folder (the one holding librispeech/, ami/, ... or its parent).")
        Path shared;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the manifest.")
        Path out;

        @Option(names = "--debian-cache", paramLabel = "DIR",
            description = "Also use voices from Debian packages (fillets-ng-data-cs, asterisk-core-sounds-en-wav),"
                + " downloaded with apt-get download and unpacked into DIR when not there yet.")
        Path debianCache;

        @Option(names = "--held-out",
            description = "Write the evaluation manifest instead: the LibriSpeech test-other speakers, for held-out"
                + " simulated conversations (diarist data simulate). Trainers refuse it.")
        boolean heldOut;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(shared)) {
                throw new InvalidInputException(shared, "not a directory");
            }
            Consumer<String> progress = progress();
            if (heldOut && debianCache != null) {
                throw new InvalidInputException("--held-out and --debian-cache do not go together:"
                    + " the Debian voices are training data");
            }
            ManifestBuilder builder = heldOut ? ManifestBuilder.forHeldOutData(shared) : ManifestBuilder.forSharedData(shared);
            if (debianCache != null) {
                DebianVoices voices = new DebianVoices(debianCache);
                if (!voices.prepared()) {
                    voices.prepare(progress);
                }
                builder.addAll(voices.sources());
            }
            Manifest manifest = builder.build(DurationProbe.fromHeaders(), progress);
            if (manifest.size() == 0) {
                throw new InvalidInputException(shared, "no training data sets found");
            }
            manifest.write(out);
            printSummary(manifest);
            return ExitCodes.OK;
        }

        private Consumer<String> progress() {
            PrintWriter err = spec.commandLine().getErr();
            boolean show = !common.quiet() && System.console() != null;
            return line -> {
                if (show) {
                    err.println(line);
                    err.flush();
                }
            };
        }

        private void printSummary(Manifest manifest) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%-28s %8s %8s %8s %8s%n", "dataset", "speakers", "files", "entries", "hours");
            for (DatasetSummary s : manifest.summaries()) {
                o.printf(Locale.ROOT, "%-28s %8d %8d %8d %8.2f%n", s.dataset(), s.speakers(), s.files(), s.entries(),
                    s.hours());
            }
            o.println("wrote " + out);
            o.flush();
        }
    }
}
