package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.registry.RegistryTransfer;
import org.diarist.registry.SpeakerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code diarist speakers import FILE}: read an export into this registry. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Read a registry export (JSON lines) in one transaction: named speakers join the speaker of "
        + "the same name, provisional ones get new provisional ids, voiceprints already present are skipped. "
        + "Creates the registry when it does not exist.")
final class SpeakersImportCommand extends SpeakersSubcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "An export written by 'diarist speakers export'.")
    Path file;

    @Override
    public Integer call() {
        RegistryTransfer.Counts counts;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             SpeakerRegistry registry = registryOptions.openOrCreate()) {
            counts = registry.importFrom(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "no such file", e);
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot read: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("imported " + counts.speakers() + " speakers, " + counts.voiceprints()
            + " voiceprints (" + counts.skippedVoiceprints() + " already present)");
        return ExitCodes.OK;
    }
}
