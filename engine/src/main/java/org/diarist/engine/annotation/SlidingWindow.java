package org.diarist.engine.annotation;

/**
 * Frames of {@code duration} seconds every {@code step} seconds, the first starting at {@code start}: frame
 * {@code i} covers {@code [start + i*step, start + i*step + duration)} and stands for the time at its centre.
 * This is the one place where frame indices and seconds are converted; times are computed from the index by
 * one multiplication, never by summing steps, so they do not drift.
 *
 * <p>Conversions that round (a time to a frame, a duration to a number of frames) first absorb a relative error
 * of {@value #TOLERANCE} frames, so that, say, 0.3 s at a 0.1 s step counts as 3 frames and not 2.
 */
public record SlidingWindow(double start, double duration, double step) {

    /** Rounding tolerance, in frames, for the floating-point error of decimal times and steps. */
    public static final double TOLERANCE = 1e-9;

    public SlidingWindow {
        if (!Double.isFinite(start) || !(duration > 0) || !Double.isFinite(duration)
                || !(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException(
                "sliding window needs a finite start and positive duration and step: start=" + start
                    + ", duration=" + duration + ", step=" + step);
        }
    }

    public static SlidingWindow of(double start, double duration, double step) {
        return new SlidingWindow(start, duration, step);
    }

    /** One frame per sample at {@code sampleRate}, starting at 0. */
    public static SlidingWindow samples(int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
        double period = 1.0 / sampleRate;
        return new SlidingWindow(0.0, period, period);
    }

    public double frameStart(long frame) {
        return start + frame * step;
    }

    public double frameEnd(long frame) {
        return frameStart(frame) + duration;
    }

    /** The time a frame stands for: the centre of its window. */
    public double frameCenter(long frame) {
        return frameStart(frame) + 0.5 * duration;
    }

    /** The window of one frame. */
    public Segment frame(long frame) {
        double frameStart = frameStart(frame);
        return new Segment(frameStart, frameStart + duration);
    }

    /** The frame whose centre is closest to {@code t} (may be negative or past the last frame). */
    public long closestFrame(double t) {
        return (long) Math.rint((t - start - 0.5 * duration) / step);
    }

    /**
     * The frames whose centre lies in {@code [segment.start, segment.end)}. Consecutive segments get
     * consecutive ranges, with no frame counted twice or lost.
     */
    public FrameRange range(Segment segment) {
        long first = ceil(centreIndex(segment.start()));
        long end = ceil(centreIndex(segment.end()));
        return new FrameRange(first, Math.max(first, end));
    }

    /**
     * The time a range of frames stands for: from half a step before the first centre to half a step after the
     * last one. {@code range(segment(r)) == r} for every range, and consecutive ranges give segments that touch
     * exactly (both bounds are computed the same way, so no rounding error makes them overlap).
     */
    public Segment segment(FrameRange range) {
        double halfStep = 0.5 * step;
        double from = frameCenter(range.first()) - halfStep;
        return range.isEmpty() ? new Segment(from, from) : new Segment(from, frameCenter(range.end()) - halfStep);
    }

    /** How many whole windows fit in {@code seconds} starting at {@link #start()}: 0 when none does. */
    public long framesIn(double seconds) {
        if (seconds + TOLERANCE * step < duration) {
            return 0;
        }
        return floor((seconds - duration) / step) + 1;
    }

    /**
     * How many windows are needed to cover {@code seconds} from {@link #start()}, the last one possibly running
     * past the end (to be padded): 0 for no time, 1 when the time is shorter than a window.
     */
    public long framesCovering(double seconds) {
        if (seconds <= 0) {
            return 0;
        }
        if (seconds <= duration) {
            return 1;
        }
        return ceil((seconds - duration) / step) + 1;
    }

    /** Number of steps in {@code seconds}, rounded to the nearest (a duration measured in frames). */
    public long stepsIn(double seconds) {
        return Math.round(seconds / step);
    }

    private double centreIndex(double t) {
        return (t - start - 0.5 * duration) / step;
    }

    private static long ceil(double frames) {
        return (long) Math.ceil(frames - TOLERANCE);
    }

    private static long floor(double frames) {
        return (long) Math.floor(frames + TOLERANCE);
    }
}
