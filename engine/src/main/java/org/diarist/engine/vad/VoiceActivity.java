package org.diarist.engine.vad;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.SlidingWindow;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.annotation.Track;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link VoiceActivityDetector} found in one recording: a speech probability per frame, where frame
 * {@code i} covers samples {@code [i * frameStep, i * frameStep + frameLength)}, and the recording's length.
 */
public record VoiceActivity(float[] probabilities, int frameStep, int frameLength, long samples, int sampleRate) {

    /** The label of speech regions in an {@link Annotation}. */
    public static final String SPEECH = "speech";

    /** Frame geometry in seconds. */
    public SlidingWindow frames() {
        return SlidingWindow.of(0.0, (double) frameLength / sampleRate, (double) frameStep / sampleRate);
    }

    public double duration() {
        return (double) samples / sampleRate;
    }

    /** Speech regions under {@code config}. */
    public Timeline speech(SpeechRegionConfig config) {
        return SpeechRegions.detect(probabilities, frameStep, samples, sampleRate, config);
    }

    /** Speech regions labelled {@value #SPEECH}, for RTTM or JSON output. */
    public Annotation annotation(String uri, SpeechRegionConfig config) {
        List<Track> tracks = new ArrayList<>();
        speech(config).forEach(segment -> tracks.add(new Track(segment, SPEECH)));
        return Annotation.of(uri, tracks);
    }
}
