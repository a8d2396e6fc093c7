package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import org.diarist.engine.pipeline.BinarizeConfig;

/** A probability threshold given on the command line, checked so that a bad value names its option. */
final class ThresholdOption {

    private ThresholdOption() {
    }

    static BinarizeConfig of(String option, double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new InvalidInputException(option + " must be a probability between 0 and 1, got " + probability);
        }
        return BinarizeConfig.threshold(probability);
    }
}
