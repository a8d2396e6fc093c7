package org.diarist.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @Test
    void versionNamesTheProject() {
        CliRun run = CliRun.of("--version");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().startsWith("Diarist "), run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("missing a command"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("--no-such-option");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    }
}
