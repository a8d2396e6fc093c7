package org.diarist.models.train.segmentation;

/**
 * What goes into segmentation training windows besides the simulated turns, as shares in [0, 1].
 *
 * @param real share of windows cut from annotated real recordings (when there are some)
 * @param realOverlay share of real windows given one more speaker by a {@link RealOverlay}
 * @param reverb share of simulated windows put in a simulated room (RT60 0.2-0.8 s)
 * @param telephone share of simulated windows band-limited to 300-3400 Hz
 */
public record ChunkMix(double real, double realOverlay, double reverb, double telephone) {

    /** Simulated windows only, dry and full-band. */
    public static final ChunkMix SIMULATED_ONLY = new ChunkMix(0, 0, 0, 0);

    public ChunkMix {
        for (double share : new double[] {real, realOverlay, reverb, telephone}) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("shares must be in [0, 1], got " + share);
            }
        }
    }
}
