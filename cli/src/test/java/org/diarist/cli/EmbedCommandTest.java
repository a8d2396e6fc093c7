package org.diarist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bytedeco.pytorch.global.torch;
import org.diarist.engine.SharedData;
import org.diarist.engine.embedding.NativeModelConfig;
import org.diarist.engine.embedding.SpeakerNetwork;
import org.diarist.engine.embedding.SpeakerNetworkConfig;
import org.diarist.engine.torch.ModuleWeights;
import org.diarist.engine.torch.TorchRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbedCommandTest {

    private static final SpeakerNetworkConfig SMALL = new SpeakerNetworkConfig(80, 16, 32, 10, 2, List.of(2));

    @Test
    void printsOneJsonLinePerFile(@TempDir Path modelDir) throws Exception {
        TorchRuntime.ensureLoaded();
        torch.manual_seed(1);
        ModuleWeights.save(new SpeakerNetwork(SMALL), modelDir.resolve(NativeModelConfig.WEIGHTS_FILE), Map.of());
        NativeModelConfig.of("cli-test", SMALL).write(modelDir.resolve(NativeModelConfig.CONFIG_FILE));
        String sample = SharedData.repositoryRoot().resolve("samples/conversation.wav").toString();

        CliRun run = CliRun.of("embed", sample, sample, "--start", "1.0", "--end", "4.2", "--model", modelDir.toString());
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().trim().split("\n");
        assertEquals(2, lines.length);
        JsonNode json = new ObjectMapper().readTree(lines[0]);
        assertTrue(json.get("model").asText().startsWith("cli-test@"), lines[0]);
        assertEquals(10, json.get("dim").asInt());
        assertEquals(10, json.get("embedding").size());
        assertEquals(lines[0], lines[1]);
    }

    @Test
    void badInputExitsWithTwoAndOneLine(@TempDir Path dir) {
        CliRun missingModel = CliRun.of("embed", "x.wav", "--model", dir.resolve("nope").toString());
        assertEquals(2, missingModel.exitCode());
        assertTrue(missingModel.err().contains("nope"), missingModel.err());
        assertEquals(1, missingModel.err().trim().split("\n").length, missingModel.err());
    }
}
