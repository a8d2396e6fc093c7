package org.diarist.cli;

import org.diarist.registry.RegistryConfig;
import org.diarist.registry.RegistryPaths;
import org.diarist.registry.SpeakerRegistry;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options of every command that uses the speaker registry: where it is. */
public final class RegistryOptions {

    @Option(names = "--registry", paramLabel = "PATH",
        description = "The speaker registry (an H2 database, PATH.mv.db; default: "
            + "$XDG_DATA_HOME/diarist/registry or ~/.local/share/diarist/registry).")
    Path registry;

    /** The registry's configuration with these options applied. */
    public RegistryConfig config() {
        return RegistryConfig.builder().location(registry == null ? RegistryPaths.defaultLocation() : registry).build();
    }

    /** Opens an existing registry: reading commands never create one. */
    public SpeakerRegistry openExisting() {
        return SpeakerRegistry.openExisting(config());
    }

    /** Opens the registry, creating it when missing. */
    public SpeakerRegistry openOrCreate() {
        return SpeakerRegistry.open(config());
    }
}
