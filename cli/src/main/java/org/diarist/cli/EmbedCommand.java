package org.diarist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.diarist.engine.InvalidInputException;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.embedding.EmbeddingModel;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.models.embedding.EmbeddingModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code diarist embed}: one speaker embedding per audio file, as JSON lines. */
@Command(name = "embed", mixinStandardHelpOptions = true,
    description = {"Print the speaker embedding of each audio file (or of its --start/--end part), one JSON line per file:",
        "{\"file\": F, \"model\": ID, \"dim\": D, \"embedding\": [...]} (L2-normalised; compare with the dot product)."})
public final class EmbedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "AUDIO", description = "Audio files (any format FFmpeg reads).")
    List<Path> files;

    @Option(names = "--start", paramLabel = "S", description = "Start of the part to embed, in seconds.")
    Double start;

    @Option(names = "--end", paramLabel = "S", description = "End of the part to embed, in seconds.")
    Double end;

    @Option(names = "--model", defaultValue = EmbeddingModels.DEFAULT, paramLabel = "NAME|DIR",
        description = "Catalog name, model folder or TorchScript file (default: ${DEFAULT-VALUE}).")
    String model;

    @Mixin
    TorchOptions torch;

    @Option(names = "--format", defaultValue = "json", description = "json (the only format for now).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.toLowerCase(Locale.ROOT).equals("json")) {
            throw new InvalidInputException("unknown format '" + format + "' (expected json)");
        }
        if (start != null && start < 0 || end != null && (end <= (start == null ? 0 : start))) {
            throw new InvalidInputException("--end must come after --start, and --start must not be negative");
        }
        ComputeDevice computeDevice = torch.apply();
        ObjectMapper json = new ObjectMapper();
        try (EmbeddingModel embeddings = EmbeddingModels.open(model, computeDevice)) {
            for (Path file : files) {
                float[] audio = part(file, Audio.load(file, embeddings.sampleRate()), embeddings.sampleRate());
                float[] vector = embeddings.embed(audio);
                ObjectNode line = json.createObjectNode();
                line.put("file", file.toString());
                line.put("model", embeddings.id());
                line.put("dim", vector.length);
                ArrayNode values = line.putArray("embedding");
                for (float v : vector) {
                    values.add(v);
                }
                spec.commandLine().getOut().println(json.writeValueAsString(line));
            }
        }
        return ExitCodes.OK;
    }

    private float[] part(Path file, float[] audio, int rate) {
        int from = start == null ? 0 : (int) Math.round(start * rate);
        int to = end == null ? audio.length : (int) Math.min(audio.length, Math.round(end * rate));
        if (from >= audio.length || to - from < rate / 10) {
            throw new InvalidInputException(file, String.format(Locale.ROOT,
                "the part to embed is shorter than 0.1 s (file lasts %.2f s)", audio.length / (double) rate));
        }
        return from == 0 && to == audio.length ? audio : Arrays.copyOfRange(audio, from, to);
    }
}
