package org.diarist.engine.segmentation;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.torch.ComputeDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loads a stand-in export made by engine/src/test/python/make_standin_segmentation.py and checks its output. */
class TorchScriptSegmentationModelTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TorchScriptSegmentationModelTest.class.getResource(name).toURI());
    }

    /** The same fixed input as the Python script: 220 Hz, and 440 Hz from 5 s on. */
    private static float[][] fixedInput() {
        float[][] windows = new float[2][160000];
        for (int i = 0; i < 160000; i++) {
            double t = i / 16000.0;
            windows[0][i] = (float) (0.3 * Math.sin(2 * Math.PI * 220.0 * t));
            windows[1][i] = t > 5.0 ? (float) (0.3 * Math.sin(2 * Math.PI * 440.0 * t)) : 0f;
        }
        return windows;
    }

    @Test
    void matchesPythonOnTheSameInput() throws Exception {
        try (TorchScriptSegmentationModel model =
                 TorchScriptSegmentationModel.load(resource("standin-segmentation.pt"), ComputeDevice.CPU)) {
            float[][][] output = model.forward(fixedInput());
            assertEquals(589, output[0].length);
            List<String> expected = Files.readAllLines(resource("standin-segmentation.expected.txt"));
            for (String line : expected) {
                String[] fields = line.trim().split("\\s+");
                int window = Integer.parseInt(fields[0]);
                int frame = Integer.parseInt(fields[1]);
                for (int c = 0; c < 7; c++) {
                    assertEquals(Float.parseFloat(fields[2 + c]), output[window][frame][c], 1e-4,
                        "window " + window + " frame " + frame + " class " + c);
                }
            }
        }
    }

    @Test
    void refusesAFileThatIsNotAnArchive(@TempDir Path folder) throws Exception {
        Path notAModel = folder.resolve("model.pt");
        Files.writeString(notAModel, "not a torchscript archive");
        InvalidInputException error = assertThrows(InvalidInputException.class,
            () -> TorchScriptSegmentationModel.load(notAModel, ComputeDevice.CPU));
        assertTrue(error.getMessage().startsWith(notAModel.toString()), error.getMessage());
    }
}
