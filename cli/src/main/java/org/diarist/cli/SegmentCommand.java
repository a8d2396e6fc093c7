package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.RecordingUri;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.annotation.format.Rttm;
import org.diarist.engine.annotation.format.Uem;
import org.diarist.engine.audio.Audio;
import org.diarist.engine.audio.AudioSource;
import org.diarist.engine.metrics.DetectionScore;
import org.diarist.engine.metrics.DetectionScorer;
import org.diarist.engine.pipeline.SegmentationConfig;
import org.diarist.engine.pipeline.SpeechOverlapDetector;
import org.diarist.engine.segmentation.SegmentationModel;
import org.diarist.engine.torch.ComputeDevice;
import org.diarist.models.segmentation.SegmentationModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code diarist segment}: speech and overlapped speech from the segmentation model's sliding windows. */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    description = {
        "Finds speech (label 'speech') and overlapped speech (label 'overlap') with the segmentation model, "
            + "its windows aggregated across their overlaps; writes RTTM or JSON.",
        "With --reference, prints speech-detection (missed, false alarm) and overlap-detection (precision, recall) "
            + "scores against a reference RTTM instead, collar 0."
    })
final class SegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    TorchOptions torch;

    @Mixin
    ModelStoreOptions modelStore;

    @Option(names = "--model", paramLabel = "NAME|DIR", defaultValue = SegmentationModels.DEFAULT,
        description = "Segmentation model: catalog name or model folder (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--speech-threshold", paramLabel = "P",
        description = "Speech where P(at least one speaker) exceeds P (default 0.3).")
    Double speechThreshold;

    @Option(names = "--overlap-threshold", paramLabel = "P",
        description = "Overlap where P(at least two speakers) exceeds P (default 0.5).")
    Double overlapThreshold;

    @Option(names = "--step", paramLabel = "RATIO",
        description = "Window step as a fraction of the model's window (default 0.1).")
    Double step;

    @Option(names = "--batch-size", paramLabel = "N", description = "Windows per model call (default 8).")
    Integer batchSize;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the regions here instead of stdout.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "rttm",
        description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); json is an array, "
            + "one object per recording.")
    AnnotationOutput.Format format;

    @Option(names = {"-r", "--reference"}, paramLabel = "REF.rttm",
        description = "Score against this reference and print the scores (regions go to -o only).")
    Path reference;

    @Option(names = {"-u", "--uem"}, paramLabel = "U.uem",
        description = "With --reference: score only these regions (default: each whole recording).")
    Path uem;

    @Parameters(arity = "1..*", paramLabel = "AUDIO", description = "Recordings (any format FFmpeg reads).")
    List<Path> audio;

    @Override
    public Integer call() {
        SegmentationConfig config = config();
        if (uem != null && reference == null) {
            throw new InvalidInputException("--uem needs --reference");
        }
        Map<String, Annotation> references = reference == null ? null : Rttm.read(reference);
        Map<String, Timeline> regions = uem == null ? null : Uem.read(uem);
        ComputeDevice device = torch.apply();
        List<Annotation> annotations = new ArrayList<>();
        List<DetectionScore> scores = new ArrayList<>();
        try (SegmentationModel segmentation = SegmentationModels.open(modelStore.store(), model, device)) {
            SpeechOverlapDetector detector = new SpeechOverlapDetector(segmentation, config);
            for (Path file : audio) {
                String uri = RecordingUri.of(file);
                Annotation found;
                try (AudioSource source = Audio.open(file, segmentation.specification().sampleRate());
                     StageProgress progress = StageProgress.onTerminal(spec.commandLine().getErr(), uri, common)) {
                    found = detector.detect(source, uri, progress);
                }
                annotations.add(found);
                if (references != null) {
                    scores.add(score(file, found, references, regions));
                }
            }
        }
        if (references == null || output != null) {
            AnnotationOutput.write(AnnotationOutput.render(annotations, format), output, spec.commandLine().getOut());
        }
        if (references != null) {
            String region = uem == null ? "each whole recording scored" : "scoring regions from " + uem;
            spec.commandLine().getOut().print(DetectionReportTable.render(scores, region));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    private DetectionScore score(Path file, Annotation found, Map<String, Annotation> references,
                                 Map<String, Timeline> regions) {
        String uri = found.uri();
        Annotation truth = references.get(uri);
        if (truth == null) {
            throw new InvalidInputException(file, "recording '" + uri + "' is not in the reference " + reference);
        }
        Timeline evaluated;
        if (regions != null) {
            evaluated = regions.get(uri);
            if (evaluated == null) {
                throw new InvalidInputException(file, "recording '" + uri + "' is not in the UEM " + uem);
            }
        } else {
            evaluated = Timeline.of(new Segment(0, Audio.probe(file).durationSeconds()));
        }
        return DetectionScorer.score(truth, found.timeline(SpeechOverlapDetector.SPEECH),
            found.timeline(SpeechOverlapDetector.OVERLAP), evaluated);
    }

    private SegmentationConfig config() {
        SegmentationConfig.Builder builder = SegmentationConfig.builder();
        try {
            if (speechThreshold != null) {
                builder.speech(ThresholdOption.of("--speech-threshold", speechThreshold));
            }
            if (overlapThreshold != null) {
                builder.overlap(ThresholdOption.of("--overlap-threshold", overlapThreshold));
            }
            if (step != null) {
                builder.stepRatio(step);
            }
            if (batchSize != null) {
                builder.batchSize(batchSize);
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
