package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.registry.RegistryTransfer;
import org.diarist.registry.SpeakerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@code diarist speakers export}: the registry as JSON lines, embeddings included. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write every speaker and voiceprint (with its embedding and the model id) as JSON lines, to "
        + "standard output or to a file.")
final class SpeakersExportCommand extends SpeakersSubcommand {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        RegistryTransfer.Counts counts;
        try (SpeakerRegistry registry = registryOptions.openExisting()) {
            counts = output == null ? registry.exportTo(spec.commandLine().getOut()) : exportToFile(registry);
        }
        if (!common.quiet()) {
            spec.commandLine().getErr().println("exported " + counts.speakers() + " speakers, "
                + counts.voiceprints() + " voiceprints");
        }
        return ExitCodes.OK;
    }

    /** Writes beside the target and renames, so an interrupted export never leaves a truncated file behind. */
    private RegistryTransfer.Counts exportToFile(SpeakerRegistry registry) throws IOException {
        Path target = output.toAbsolutePath();
        Path temporary;
        try {
            temporary = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new InvalidInputException(output, "cannot write: " + e.getMessage(), e);
        }
        try {
            RegistryTransfer.Counts counts;
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                counts = registry.exportTo(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            return counts;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
