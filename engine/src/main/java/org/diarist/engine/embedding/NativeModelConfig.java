package org.diarist.engine.embedding;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.diarist.engine.InvalidInputException;
import org.diarist.engine.features.FbankConfig;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code config.json} beside a native model's {@code model.safetensors}: the name, the network's shape and the
 * exact filterbank it was trained on.
 */
public record NativeModelConfig(String name, String architecture, SpeakerNetworkConfig network, FbankConfig fbank) {

    public static final String ARCHITECTURE = "diarist-tdnn-v1";
    public static final String CONFIG_FILE = "config.json";
    public static final String WEIGHTS_FILE = "model.safetensors";

    private static final ObjectMapper JSON = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static NativeModelConfig of(String name, SpeakerNetworkConfig network) {
        return new NativeModelConfig(name, ARCHITECTURE, network, FbankConfig.defaults());
    }

    public static NativeModelConfig read(Path file) {
        try {
            NativeModelConfig config = JSON.readValue(file.toFile(), NativeModelConfig.class);
            if (!ARCHITECTURE.equals(config.architecture())) {
                throw new InvalidInputException(file, "unknown architecture '" + config.architecture() + "' (expected "
                    + ARCHITECTURE + ")");
            }
            return config;
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot read model config: " + e.getMessage());
        }
    }

    public void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }
}
