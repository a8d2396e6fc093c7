package org.diarist.engine.segmentation;

import java.util.ArrayList;
import java.util.List;

/**
 * A test double for the model interface (pure window logic needs no network): frame {@code f} of a window reads
 * the sample at {@code f * frameStep} as a powerset class index and answers that class with certainty (log 1 = 0,
 * the others log 0.0001). Tests write class indices into the audio to script the segmentation.
 */
public final class FakeSegmentationModel implements SegmentationModel {

    private final SegmentationSpecification specification;
    private final List<Integer> batchSizes = new ArrayList<>();

    public FakeSegmentationModel(SegmentationSpecification specification) {
        this.specification = specification;
    }

    /** 100 Hz, windows of 10 samples, 5 frames every 2 samples, 3 speakers, 2 at once. */
    public static FakeSegmentationModel small() {
        return new FakeSegmentationModel(new SegmentationSpecification(100, 10, 5, 2, 2, new Powerset(3, 2)));
    }

    @Override
    public SegmentationSpecification specification() {
        return specification;
    }

    /** Sizes of the batches seen so far. */
    public List<Integer> batchSizes() {
        return batchSizes;
    }

    @Override
    public float[][][] forward(float[][] windows) {
        batchSizes.add(windows.length);
        int classes = specification.powerset().classes();
        float[][][] out = new float[windows.length][specification.frames()][classes];
        for (int b = 0; b < windows.length; b++) {
            if (windows[b].length != specification.windowSamples()) {
                throw new IllegalArgumentException("window of " + windows[b].length + " samples");
            }
            for (int f = 0; f < specification.frames(); f++) {
                int c = Math.round(windows[b][f * specification.frameStepSamples()]);
                for (int k = 0; k < classes; k++) {
                    out[b][f][k] = k == c ? 0f : (float) Math.log(1e-4);
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
    }
}
