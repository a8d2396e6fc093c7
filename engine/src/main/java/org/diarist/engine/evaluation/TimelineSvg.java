package org.diarist.engine.evaluation;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;
import org.diarist.engine.annotation.Track;
import org.diarist.engine.metrics.SpeakerMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reference against hypothesis as an SVG picture: a lane per reference speaker, then a lane per hypothesis
 * speaker (those mapped to a reference speaker first, in its order and colour), turns as bars, regions outside the
 * scored region shaded, and a time axis. Every turn carries a {@code <title>} (its speaker and times) that
 * browsers show on hover.
 */
public final class TimelineSvg {

    static final int LABEL_WIDTH = 200;
    static final int PLOT_WIDTH = 1000;
    static final int LANE_HEIGHT = 20;
    static final int LANE_GAP = 4;
    static final int GROUP_HEADER = 22;
    static final int AXIS_HEIGHT = 30;
    static final int MARGIN = 10;
    /** Room right of the plot for the last tick's label. */
    static final int RIGHT_MARGIN = 30;

    /** Tick steps in seconds; the smallest that gives at most {@value #MAX_TICKS} intervals is used. */
    private static final double[] TICK_STEPS = {0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200};
    private static final int MAX_TICKS = 12;

    private TimelineSvg() {
    }

    /**
     * @param duration  length of the recording in seconds (the axis reaches at least this far)
     * @param evaluated the scored region; time outside it is shaded
     */
    public static String render(Annotation reference, Annotation hypothesis, Timeline evaluated, double duration) {
        double end = Math.max(duration, Math.max(endOf(reference), endOf(hypothesis)));
        end = end > 0 ? end : 1;
        List<String> referenceLanes = reference.labels();
        Map<String, String> mapping = SpeakerMapping.optimal(reference, hypothesis, evaluated);
        List<String> hypothesisLanes = hypothesisLaneOrder(referenceLanes, hypothesis.labels(), mapping);
        SpeakerColours colours = new SpeakerColours(referenceLanes, hypothesisLanes, mapping);
        Map<String, String> mappedTo = new LinkedHashMap<>();
        mapping.forEach((ref, hyp) -> mappedTo.put(hyp, ref));

        int lanes = referenceLanes.size() + hypothesisLanes.size();
        int plotTop = MARGIN;
        int plotHeight = 2 * GROUP_HEADER + lanes * (LANE_HEIGHT + LANE_GAP);
        int width = LABEL_WIDTH + PLOT_WIDTH + MARGIN + RIGHT_MARGIN;
        int height = plotTop + plotHeight + AXIS_HEIGHT + MARGIN;
        Scale x = new Scale(LABEL_WIDTH + MARGIN, PLOT_WIDTH, end);

        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"12\">%n",
            width, height, width, height,
            Xml.escape("Timeline of " + reference.uri() + ": reference against hypothesis")));
        svg.append(format("<rect class=\"background\" x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n",
            width, height));
        unscored(svg, x, evaluated, end, plotTop, plotHeight);
        grid(svg, x, end, plotTop, plotHeight);

        int y = plotTop;
        y = group(svg, "reference", "Reference", y);
        for (String label : referenceLanes) {
            lane(svg, x, "reference", label, label, colours.reference(label), reference, y);
            y += LANE_HEIGHT + LANE_GAP;
        }
        y = group(svg, "hypothesis", "Hypothesis", y);
        for (String label : hypothesisLanes) {
            String ref = mappedTo.get(label);
            String name = ref == null ? label + " (unmapped)" : label + " = " + ref;
            lane(svg, x, "hypothesis", label, name, colours.hypothesis(label), hypothesis, y);
            y += LANE_HEIGHT + LANE_GAP;
        }
        axis(svg, x, end, plotTop + plotHeight);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Hypothesis speakers mapped to a reference speaker, in reference order, then the others by label. */
    static List<String> hypothesisLaneOrder(List<String> referenceLanes, List<String> hypothesisSpeakers,
                                            Map<String, String> mapping) {
        List<String> order = new ArrayList<>();
        for (String ref : referenceLanes) {
            String hyp = mapping.get(ref);
            if (hyp != null && hypothesisSpeakers.contains(hyp)) {
                order.add(hyp);
            }
        }
        for (String hyp : hypothesisSpeakers) {
            if (!order.contains(hyp)) {
                order.add(hyp);
            }
        }
        return order;
    }

    private static int group(StringBuilder svg, String kind, String title, int y) {
        svg.append(format("<text class=\"group\" data-group=\"%s\" x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n",
            kind, MARGIN, y + GROUP_HEADER - 7, title));
        return y + GROUP_HEADER;
    }

    private static void lane(StringBuilder svg, Scale x, String kind, String label, String name, String colour,
                             Annotation annotation, int y) {
        svg.append(format("<g class=\"lane\" data-group=\"%s\" data-speaker=\"%s\">%n", kind, Xml.escape(label)));
        svg.append(format("<text x=\"%d\" y=\"%d\">%s</text>%n", MARGIN + 8, y + LANE_HEIGHT - 6, Xml.escape(name)));
        svg.append(format("<rect class=\"lane-background\" x=\"%.2f\" y=\"%d\" width=\"%d\" height=\"%d\""
            + " fill=\"#000000\" fill-opacity=\"0.04\"/>%n", x.left, y, PLOT_WIDTH, LANE_HEIGHT));
        for (Track track : annotation.tracks()) {
            if (!track.label().equals(label)) {
                continue;
            }
            double left = x.at(track.start());
            double barWidth = Math.max(0.5, x.at(track.end()) - left);
            svg.append(format("<rect class=\"turn\" x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\">"
                    + "<title>%s %.3f–%.3f s</title></rect>%n",
                left, y, barWidth, LANE_HEIGHT, colour, Xml.escape(label), track.start(), track.end()));
        }
        svg.append("</g>\n");
    }

    /** Grey over the time that is not scored (outside the UEM). */
    private static void unscored(StringBuilder svg, Scale x, Timeline evaluated, double end, int top, int height) {
        Timeline outside = evaluated.gaps(new Segment(0, end));
        for (Segment gap : outside) {
            svg.append(format("<rect class=\"unscored\" x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\""
                    + " fill=\"#9e9e9e\" fill-opacity=\"0.25\"><title>not scored %.3f–%.3f s</title></rect>%n",
                x.at(gap.start()), top, x.at(gap.end()) - x.at(gap.start()), height, gap.start(), gap.end()));
        }
    }

    private static void grid(StringBuilder svg, Scale x, double end, int top, int height) {
        double step = tickStep(end);
        for (int i = 0; i * step <= end + 1e-9; i++) {
            svg.append(format("<line class=\"grid\" x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"#dddddd\"/>%n",
                x.at(i * step), top, x.at(i * step), top + height));
        }
    }

    private static void axis(StringBuilder svg, Scale x, double end, int y) {
        svg.append(format("<g class=\"axis\">%n<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"#333333\"/>%n",
            x.left, y, x.at(end), y));
        double step = tickStep(end);
        for (int i = 0; i * step <= end + 1e-9; i++) {
            double t = i * step;
            svg.append(format("<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"#333333\"/>"
                    + "<text class=\"tick\" x=\"%.2f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                x.at(t), y, x.at(t), y + 5, x.at(t), y + 18, clock(t, step)));
        }
        svg.append(format("<text x=\"%d\" y=\"%d\">time</text>%n</g>%n", MARGIN, y + 18));
    }

    static double tickStep(double end) {
        for (double step : TICK_STEPS) {
            if (end / step <= MAX_TICKS) {
                return step;
            }
        }
        return Math.ceil(end / MAX_TICKS / 3600) * 3600;
    }

    /** {@code m:ss}, {@code h:mm:ss} past an hour, with tenths when ticks are half seconds. */
    static String clock(double seconds, double step) {
        long tenths = Math.round(seconds * 10);
        long whole = tenths / 10;
        String text = whole >= 3600
            ? format("%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
            : format("%d:%02d", whole / 60, whole % 60);
        return step < 1 ? text + "." + tenths % 10 : text;
    }

    private static double endOf(Annotation annotation) {
        return annotation.isEmpty() ? 0 : annotation.extent().end();
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }

    /** Seconds to x pixels. */
    private record Scale(double left, double width, double end) {
        double at(double seconds) {
            return left + width * Math.min(Math.max(seconds, 0), end) / end;
        }
    }
}
