package org.diarist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.diarist.engine.InvalidInputException;
import org.diarist.engine.embedding.EmbeddingModel;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.models.embedding.EmbeddingModels;
import org.diarist.models.eval.SpeakerVerificationEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code diarist train eval-embedding}: verification EER/minDCF and identification accuracy on a dev folder. */
@Command(name = "eval-embedding", mixinStandardHelpOptions = true,
    description = {"Score an embedding model on a folder of SPEAKER/utterance files: EER and minDCF (p_target 0.01)",
        "over all utterance pairs with central 4 s crops and with whole utterances, and identification accuracy."})
public final class EvalEmbeddingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--dev", required = true, paramLabel = "DIR",
        description = "Folder of SPEAKER/utterance audio (e.g. ../shared/data/librispeech/test-other).")
    Path dev;

    @Option(names = "--model", defaultValue = EmbeddingModels.DEFAULT, paramLabel = "NAME|DIR",
        description = "Catalog name, model folder or TorchScript file (default: ${DEFAULT-VALUE}).")
    String model;

    @Mixin
    TorchOptions torch;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dev)) {
            throw new InvalidInputException(dev, "no such folder");
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new InvalidInputException("unknown format '" + format + "' (expected text or json)");
        }
        ComputeDevice computeDevice = torch.apply();
        try (EmbeddingModel embeddings = EmbeddingModels.open(model, computeDevice)) {
            SpeakerVerificationEvaluation.Report report = SpeakerVerificationEvaluation.run(embeddings, dev);
            spec.commandLine().getOut().println(format.equals("json")
                ? new ObjectMapper().writeValueAsString(report) : report.summary());
        }
        return ExitCodes.OK;
    }
}
