package org.diarist.cli;

import org.diarist.engine.SharedData;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.format.Rttm;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The README's first command, {@code diarist diarize samples/conversation.wav}, once the bundled models exist. */
class DiarizeBundledModelsTest {

    @Test
    void theDefaultModelsDiarizeTheSampleWithoutOptions() throws Exception {
        Path weights = SharedData.repositoryRoot().resolve("models/weights");
        Assumptions.assumeTrue(Files.isRegularFile(weights.resolve("diarist-segmentation/model.safetensors"))
                && Files.isRegularFile(weights.resolve("diarist-embedding/model.safetensors")),
            "skipped: the bundled models are not in models/weights yet");
        CliRun run = CliRun.of("diarize", TestModels.sample().toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Annotation found = Rttm.read(new StringReader(run.out()), "stdout").get("conversation");
        assertFalse(found.isEmpty(), run.out());
    }
}
