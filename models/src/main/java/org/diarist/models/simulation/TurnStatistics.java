package org.diarist.models.simulation;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Track;
import org.diarist.engine.annotation.format.Rttm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How long people talk, pause and talk over each other in a conversation: the distributions the simulator draws
 * from. Estimated from real reference turns (the AMI training RTTM) when there are enough of them, with documented
 * defaults otherwise.
 *
 * @param turns        length of a turn (one speaker holding the floor)
 * @param pauses       silence between the end of a turn and the start of the next speaker's turn
 * @param overlaps     how long the next speaker starts before the current turn ends
 * @param backchannels length of a short interjection ("yeah", "mm-hmm") inside another speaker's turn
 */
public record TurnStatistics(DurationDistribution turns, DurationDistribution pauses, DurationDistribution overlaps,
                             DurationDistribution backchannels) {

    /** Fewer observations than this and the default distribution is used instead. */
    static final int MIN_OBSERVATIONS = 10;
    /** Interjections are the contained turns no longer than this. */
    static final double MAX_BACKCHANNEL = 1.5;

    /**
     * Defaults close to meeting speech (AMI, DIHARD analyses): turns median 2 s (0.5-12 s), pauses median 0.5 s
     * (0.05-3 s), overlaps at a turn change median 0.5 s (0.1-2.5 s), backchannels 0.3-1.0 s.
     */
    public static TurnStatistics defaults() {
        return new TurnStatistics(
            DurationDistribution.logNormal(2.0, 0.8, 0.5, 12.0),
            DurationDistribution.logNormal(0.5, 0.8, 0.05, 3.0),
            DurationDistribution.logNormal(0.5, 0.6, 0.1, 2.5),
            DurationDistribution.uniform(0.3, 1.0));
    }

    /** Estimated from the turns of an RTTM file (every recording in it); defaults where data is too thin. */
    public static TurnStatistics fromRttm(Path rttm) {
        return estimate(Rttm.read(rttm).values());
    }

    /**
     * Walks each recording's turns in time order, keeping the turn that holds the floor (the one ending last). A
     * turn of another speaker that ends inside the floor turn is a backchannel when short; one that starts after
     * the floor turn ends follows a pause; one that starts before is an overlapped turn change.
     */
    public static TurnStatistics estimate(Collection<Annotation> recordings) {
        List<Double> turns = new ArrayList<>();
        List<Double> pauses = new ArrayList<>();
        List<Double> overlaps = new ArrayList<>();
        List<Double> backchannels = new ArrayList<>();
        for (Annotation recording : recordings) {
            Track floor = null;
            for (Track t : recording.support().tracks()) {
                if (floor == null) {
                    floor = t;
                    turns.add(t.segment().duration());
                    continue;
                }
                if (t.label().equals(floor.label())) {
                    if (t.end() > floor.end()) {
                        floor = t;
                        turns.add(t.segment().duration());
                    }
                    continue;
                }
                if (t.end() <= floor.end()) {
                    if (t.segment().duration() <= MAX_BACKCHANNEL) {
                        backchannels.add(t.segment().duration());
                    }
                    continue;
                }
                (t.start() >= floor.end() ? pauses : overlaps).add(Math.abs(t.start() - floor.end()));
                turns.add(t.segment().duration());
                floor = t;
            }
        }
        TurnStatistics d = defaults();
        return new TurnStatistics(orDefault(turns, d.turns()), orDefault(pauses, d.pauses()),
            orDefault(overlaps, d.overlaps()), orDefault(backchannels, d.backchannels()));
    }

    private static DurationDistribution orDefault(List<Double> observed, DurationDistribution fallback) {
        if (observed.size() < MIN_OBSERVATIONS) {
            return fallback;
        }
        return DurationDistribution.empirical(observed.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
