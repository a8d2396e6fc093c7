package org.diarist.models.train.segmentation;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Track;
import org.diarist.engine.segmentation.SegmentationNetworkConfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Training windows cut from a real annotated recording (AMI training excerpts). Local speakers are the window's
 * speakers ordered by how much they speak in it; beyond the network's maximum, the quietest are dropped.
 */
public record RealWindowSource(float[] audio, Annotation reference) {

    TrainingChunk window(SplittableRandom random, SegmentationNetworkConfig network) {
        int windowSamples = network.windowSamples();
        int start = audio.length > windowSamples ? random.nextInt(audio.length - windowSamples + 1) : 0;
        float[] chunk = new float[windowSamples];
        System.arraycopy(audio, start, chunk, 0, Math.min(windowSamples, audio.length - start));
        double t0 = start / 16000.0;
        Annotation local = reference.crop(new Segment(t0, t0 + windowSamples / 16000.0));
        Map<String, Double> speech = local.speechByLabel();
        List<String> labels = new ArrayList<>(speech.keySet());
        labels.sort(Comparator.comparing((String label) -> -speech.get(label)).thenComparing(label -> label));
        int frames = network.frames(windowSamples);
        int[] masks = new int[frames];
        double step = network.frameStepSamples() / 16000.0;
        double centre = network.receptiveFieldSamples() / 2.0 / 16000.0;
        for (Track track : local.tracks()) {
            int speaker = labels.indexOf(track.label());
            if (speaker >= network.maxSpeakers()) {
                continue;
            }
            int first = (int) Math.ceil((track.segment().start() - t0 - centre) / step);
            int last = (int) Math.floor((track.segment().end() - t0 - centre) / step);
            for (int f = Math.max(0, first); f <= Math.min(frames - 1, last); f++) {
                masks[f] |= 1 << speaker;
            }
        }
        return new TrainingChunk(chunk, masks);
    }
}
