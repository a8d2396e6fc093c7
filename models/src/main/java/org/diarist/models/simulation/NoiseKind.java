package org.diarist.models.simulation;

/** Background noise the simulator can add. */
public enum NoiseKind {
    WHITE, PINK, BABBLE
}
