package org.diarist.engine.segmentation;

import org.diarist.engine.annotation.SlidingWindow;
import org.diarist.engine.audio.AudioSource;
import org.diarist.engine.audio.WindowSpan;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Slides the segmentation model's window over a streamed recording: window {@code k} covers samples
 * {@code [k * step, k * step + window)}; windows are batched through the model and each batch, with its audio, is
 * handed to a consumer before the next one is read. As in pyannote's {@code Inference.slide}, whole windows come
 * first and, when the audio does not end on a window boundary, one more window at the next step, zero-padded (a
 * recording shorter than a window gives one padded window).
 *
 * <p>Memory is bounded by one batch: the buffer holds at most {@code window + (batch - 1) * step} samples,
 * however long the recording. Consumers that need the audio (embedding extraction) use it while the batch is in
 * hand, which keeps diarization to one decoding pass and lets it read sources that cannot be rewound.
 *
 * <p>Frame geometry lives here too: the model's frames, placed on one recording-wide grid
 * ({@link #frames()}), and the first grid frame of each window ({@link #startFrame(int)}), so that every
 * aggregation puts window frames at the same place.
 */
public final class SlidingInference {

    private final SegmentationModel model;
    private final SegmentationSpecification specification;
    private final int stepSamples;
    private final int batchSize;

    /**
     * @param stepSamples samples between the starts of consecutive windows, in {@code [1, window]}
     * @param batchSize   windows per model call, at least 1
     */
    public SlidingInference(SegmentationModel model, int stepSamples, int batchSize) {
        this.model = model;
        this.specification = model.specification();
        int window = specification.windowSamples();
        if (stepSamples < 1 || stepSamples > window) {
            throw new IllegalArgumentException("window step must be in [1, " + window + "] samples: " + stepSamples);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.stepSamples = stepSamples;
        this.batchSize = batchSize;
    }

    public SegmentationSpecification specification() {
        return specification;
    }

    public int stepSamples() {
        return stepSamples;
    }

    public int batchSize() {
        return batchSize;
    }

    /** The windows, in seconds. */
    public SlidingWindow windows() {
        double rate = specification.sampleRate();
        return SlidingWindow.of(0.0, specification.windowSamples() / rate, stepSamples / rate);
    }

    /** The model's frames on one grid for the whole recording (frame 0 starts at 0 s). */
    public SlidingWindow frames() {
        return specification.frameWindow(0.0);
    }

    /** The grid frame where frame 0 of window {@code window} falls. */
    public long startFrame(int window) {
        SlidingWindow frames = frames();
        return frames.closestFrame(windows().frameStart(window) + 0.5 * frames.duration());
    }

    /** Grid frames that {@code windows} windows cover. */
    public long frameCount(int windows) {
        return windows == 0 ? 0 : startFrame(windows - 1) + specification.frames();
    }

    /** Windows a recording of {@code samples} samples gives. */
    public int windowCount(long samples) {
        int window = specification.windowSamples();
        if (samples <= 0) {
            return 0;
        }
        if (samples <= window) {
            return 1;
        }
        return Math.toIntExact((samples - window + stepSamples - 1) / stepSamples + 1);
    }

    /** Most samples the stream buffer ever holds: one batch of windows. */
    public int bufferCapacity() {
        return specification.windowSamples() + (batchSize - 1) * stepSamples;
    }

    /**
     * Runs the model over everything {@code source} still has to give, calling {@code consumer} once per batch in
     * window order.
     */
    public Summary run(AudioSource source, Consumer<WindowBatch> consumer) {
        if (source.sampleRate() != specification.sampleRate()) {
            throw new IllegalArgumentException("the segmentation model needs " + specification.sampleRate()
                + " Hz, the source gives " + source.sampleRate() + " Hz");
        }
        int window = specification.windowSamples();
        float[] buffer = new float[bufferCapacity()];
        long bufferStart = 0; // recording sample of buffer[0]
        int filled = 0;
        long total = 0;
        boolean ended = false;
        int nextWindow = 0;
        int peak = 0;
        while (true) {
            while (!ended && filled < buffer.length) {
                int n = source.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    ended = true;
                } else {
                    filled += n;
                    total += n;
                }
            }
            peak = Math.max(peak, filled);
            int count = 0;
            while (count < batchSize && isReady(nextWindow + count, bufferStart, filled, total, ended)) {
                count++;
            }
            if (count == 0) {
                break; // the buffer is full or the audio ended, so no window is left
            }
            int offset = Math.toIntExact((long) nextWindow * stepSamples - bufferStart);
            // The buffer is zero past what was filled, so windows past the end of the audio come out zero-padded.
            WindowSpan span = new WindowSpan(Arrays.copyOfRange(buffer, offset, offset + (count - 1) * stepSamples
                + window), window, stepSamples, count);
            int[] valid = new int[count];
            for (int i = 0; i < count; i++) {
                valid[i] = Math.min(window, filled - offset - i * stepSamples);
            }
            consumer.accept(new WindowBatch(nextWindow, span, valid, model.forward(span)));
            nextWindow += count;
            int drop = (int) Math.min(filled, (long) nextWindow * stepSamples - bufferStart);
            System.arraycopy(buffer, drop, buffer, 0, filled - drop);
            Arrays.fill(buffer, filled - drop, filled, 0f);
            filled -= drop;
            bufferStart += drop;
        }
        return new Summary(total, nextWindow, peak);
    }

    /** Whether window {@code k} can be cut from the buffer now (whole, or padded once the audio has ended). */
    private boolean isReady(int k, long bufferStart, int filled, long total, boolean ended) {
        long start = (long) k * stepSamples;
        if (start - bufferStart + specification.windowSamples() <= filled) {
            return true;
        }
        return ended && start < total
            && (k == 0 || start - stepSamples + specification.windowSamples() < total);
    }

    /**
     * What a run went through.
     *
     * @param samples             samples read from the source
     * @param windows             windows given to the model
     * @param peakBufferedSamples most samples held in memory at once
     */
    public record Summary(long samples, int windows, int peakBufferedSamples) {
    }
}
