package org.diarist.cli;

import picocli.CommandLine.Option;

/** Options every command shares: how much to say on stderr. */
public final class CommonOptions {

    @Option(names = "--verbose", description = "Print stack traces and details on errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "No progress output on stderr.")
    boolean quiet;

    public boolean verbose() {
        return verbose;
    }

    public boolean quiet() {
        return quiet;
    }
}
