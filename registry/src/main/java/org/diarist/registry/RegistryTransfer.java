package org.diarist.registry;

import org.diarist.engine.annotation.Segment;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.diarist.engine.InvalidInputException;
import org.diarist.registry.store.RegistryInfo;
import org.diarist.registry.store.SpeakerRow;
import org.diarist.registry.store.SpeakerTable;
import org.diarist.registry.store.StoredVoiceprint;
import org.diarist.registry.store.VoiceprintTable;
import org.diarist.registry.store.RecordingTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Registry export and import as JSON lines. The first line describes the registry:
 * <pre>{"format":"diarist-registry","version":1,"embeddingModel":"wespeaker-resnet34","dimension":256}</pre>
 * then one line per speaker, with its voiceprints' embeddings as exact float arrays:
 * <pre>{"name":"Alice","provisional":false,"voiceprints":[{"embedding":[0.12,...],"speech":12.5,
 *   "start":0.0,"end":30.0,"recording":{"path":"/a.wav","contentHash":"9f..","duration":30.0}}]}</pre>
 * Appearances (which speaker spoke when in which recording) are history, not identity, and are not exported.
 */
public final class RegistryTransfer {

    public static final String FORMAT = "diarist-registry";
    public static final int VERSION = 1;
    /** Numbers are read as decimals so that each float parses back to exactly the float that was written. */
    private static final ObjectMapper JSON = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private RegistryTransfer() {
    }

    /** What an export wrote or an import stored. */
    public record Counts(int speakers, int voiceprints, int skippedVoiceprints) {
    }

    static Counts export(Connection connection, Writer out) throws SQLException {
        RegistryInfo info = RegistryInfo.read(connection);
        ObjectNode header = JSON.createObjectNode().put("format", FORMAT).put("version", VERSION);
        if (info.space() != null) {
            header.put("embeddingModel", info.space().modelId()).put("dimension", info.space().dimension());
        } else {
            header.putNull("embeddingModel").putNull("dimension");
        }
        writeLine(out, header);
        int speakers = 0;
        int voiceprints = 0;
        for (Speaker speaker : SpeakerTable.list(connection)) {
            ObjectNode line = JSON.createObjectNode().put("name", speaker.name())
                .put("provisional", speaker.provisional())
                .put("created", String.valueOf(speaker.created())).put("updated", String.valueOf(speaker.updated()));
            ArrayNode prints = line.putArray("voiceprints");
            for (StoredVoiceprint voiceprint : VoiceprintTable.ofSpeaker(connection, speaker.id())) {
                prints.add(voiceprintJson(voiceprint));
                voiceprints++;
            }
            writeLine(out, line);
            speakers++;
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Counts(speakers, voiceprints, 0);
    }

    static Counts importInto(Connection connection, RegistryInfo info, Reader in, String source, Path registryFile)
        throws SQLException {
        BufferedReader lines = new BufferedReader(in);
        RegistryInfo bound = info;
        int speakers = 0;
        int voiceprints = 0;
        int skipped = 0;
        int lineNumber = 0;
        String modelId = null;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String where = source + ":" + lineNumber;
                JsonNode node = parse(line, where);
                if (modelId == null) {
                    modelId = readHeader(node, where);
                    continue;
                }
                List<VoiceprintInput> inputs = voiceprints(node, modelId, where);
                bound = SpeakerRegistry.requireSpace(connection, bound,
                    inputs.stream().map(VoiceprintInput::embedding).toList(), registryFile);
                SpeakerRow speaker = null;
                for (VoiceprintInput input : inputs) {
                    Optional<Long> holder = VoiceprintTable.speakerHolding(connection, input.embedding().vector());
                    if (holder.isPresent()) {
                        skipped++;
                        continue;
                    }
                    if (speaker == null) {
                        speaker = speakerFor(connection, node, where);
                        speakers++;
                    }
                    Long recordingId = input.recording() == null ? null
                        : RecordingTable.findOrInsert(connection, input.recording());
                    VoiceprintTable.insert(connection, speaker.id(), input, recordingId);
                    voiceprints++;
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(source + ": cannot read: " + e.getMessage(), e);
        }
        if (modelId == null) {
            throw new InvalidInputException(source + ": empty, not a registry export");
        }
        return new Counts(speakers, voiceprints, skipped);
    }

    private static String readHeader(JsonNode node, String where) {
        if (!FORMAT.equals(node.path("format").asText()) || node.path("version").asInt() != VERSION) {
            throw new InvalidInputException(where + ": not a Diarist registry export (expected a first line with "
                + "\"format\":\"" + FORMAT + "\",\"version\":" + VERSION + ")");
        }
        // An export of an empty registry has no model; its speaker lines (none) need none.
        return node.path("embeddingModel").isTextual() ? node.get("embeddingModel").asText() : "";
    }

    /** The speaker a line's voiceprints go to: same name, or (provisional) a new provisional speaker. */
    private static SpeakerRow speakerFor(Connection connection, JsonNode node, String where) throws SQLException {
        String name = node.path("name").asText("");
        if (node.path("provisional").asBoolean(false)) {
            return SpeakerTable.insertProvisional(connection);
        }
        String checked;
        try {
            checked = SpeakerRegistry.checkNewName(name);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(where + ": " + e.getMessage(), e);
        }
        Optional<SpeakerRow> existing = SpeakerTable.findByName(connection, checked);
        return existing.isPresent() ? existing.get() : SpeakerTable.insert(connection, checked, false);
    }

    private static List<VoiceprintInput> voiceprints(JsonNode node, String modelId, String where) {
        JsonNode prints = node.path("voiceprints");
        if (!prints.isArray()) {
            throw new InvalidInputException(where + ": a speaker line needs a \"voiceprints\" array");
        }
        List<VoiceprintInput> inputs = new ArrayList<>();
        for (JsonNode print : prints) {
            JsonNode values = print.path("embedding");
            if (!values.isArray() || values.isEmpty()) {
                throw new InvalidInputException(where + ": a voiceprint needs an \"embedding\" array of numbers");
            }
            float[] vector = new float[values.size()];
            for (int i = 0; i < vector.length; i++) {
                if (!values.get(i).isNumber()) {
                    throw new InvalidInputException(where + ": embedding value " + i + " is not a number");
                }
                vector[i] = values.get(i).decimalValue().floatValue();
            }
            try {
                JsonNode recording = print.path("recording");
                RecordingInfo info = recording.isObject() ? new RecordingInfo(recording.path("path").asText(),
                    recording.path("contentHash").asText(), recording.path("duration").asDouble()) : null;
                Segment span = print.hasNonNull("start") && print.hasNonNull("end")
                    ? new Segment(print.get("start").asDouble(), print.get("end").asDouble()) : null;
                inputs.add(new VoiceprintInput(new Embedding(modelId, vector), info, span,
                    print.path("speech").asDouble(0)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(where + ": " + e.getMessage(), e);
            }
        }
        return inputs;
    }

    private static ObjectNode voiceprintJson(StoredVoiceprint voiceprint) {
        ObjectNode json = JSON.createObjectNode();
        ArrayNode values = json.putArray("embedding");
        for (float value : voiceprint.vector()) {
            values.add(value);
        }
        json.put("speech", voiceprint.speechSeconds());
        if (voiceprint.span() != null) {
            json.put("start", voiceprint.span().start()).put("end", voiceprint.span().end());
        }
        if (voiceprint.recording() != null) {
            json.putObject("recording").put("path", voiceprint.recording().path())
                .put("contentHash", voiceprint.recording().contentHash())
                .put("duration", voiceprint.recording().durationSeconds());
        }
        return json;
    }

    private static JsonNode parse(String line, String where) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException(where + ": expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(where + ": not JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static void writeLine(Writer out, ObjectNode node) {
        try {
            out.write(JSON.writeValueAsString(node));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
