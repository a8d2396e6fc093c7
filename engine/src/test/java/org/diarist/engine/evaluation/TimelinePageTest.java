package org.diarist.engine.evaluation;

import org.diarist.engine.annotation.Annotation;
import org.diarist.engine.annotation.Segment;
import org.diarist.engine.annotation.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page and its SVG parsed as XML, as a browser's XML parser would: structure, lanes, bars, colours, axis. */
class TimelinePageTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";

    @TempDir
    Path folder;

    @Test
    void pageIsWellFormedXhtmlWithOneSvgTimeline() throws Exception {
        BenchmarkReport report = new ReportFixture(folder).run(0.5);
        Document page = parse(TimelinePage.render(report.files().get(1), report.context()));

        Element html = page.getDocumentElement();
        assertEquals("html", html.getLocalName());
        assertEquals(XHTML, html.getNamespaceURI());
        assertEquals("beta — Diarist benchmark", page.getElementsByTagNameNS(XHTML, "title").item(0).getTextContent());
        assertEquals(1, page.getElementsByTagNameNS(SVG, "svg").getLength());
        NodeList rows = page.getElementsByTagNameNS(XHTML, "tr");
        assertEquals(4, rows.getLength(), "a header and one row per protocol");
        assertTrue(rows.item(1).getTextContent().startsWith("Full: collar 0.000 s, overlap scored50.00"));
    }

    @Test
    void everyTurnIsABarInItsSpeakersLane() throws Exception {
        Annotation reference = Annotation.builder("talk")
            .add(0, 4, "ann").add(5, 9, "bob").add(9, 12, "ann").add(10, 11, "cid").build();
        Annotation hypothesis = Annotation.builder("talk")
            .add(0, 4.5, "S1").add(5, 9, "S0").add(9, 12, "S1").add(12.5, 14, "S2").build();
        Element svg = svg(TimelineSvg.render(reference, hypothesis, Timeline.of(new Segment(0, 13)), 15));

        List<Element> lanes = byClass(svg, "g", "lane");
        List<String> names = new ArrayList<>();
        for (Element lane : lanes) {
            names.add(lane.getAttribute("data-group") + ":" + lane.getAttribute("data-speaker"));
        }
        assertEquals(List.of("reference:ann", "reference:bob", "reference:cid",
            "hypothesis:S1", "hypothesis:S0", "hypothesis:S2"), names, "hypothesis lanes follow their reference speakers");

        Map<String, List<Element>> bars = new HashMap<>();
        for (Element lane : lanes) {
            bars.put(lane.getAttribute("data-group") + ":" + lane.getAttribute("data-speaker"), byClass(lane, "rect", "turn"));
        }
        assertEquals(2, bars.get("reference:ann").size());
        assertEquals(1, bars.get("reference:cid").size());
        assertEquals(2, bars.get("hypothesis:S1").size());
        assertEquals("S1 0.000–4.500 s", bars.get("hypothesis:S1").get(0).getTextContent());

        String ann = bars.get("reference:ann").get(0).getAttribute("fill");
        String bob = bars.get("reference:bob").get(0).getAttribute("fill");
        assertEquals(ann, bars.get("hypothesis:S1").get(0).getAttribute("fill"), "S1 is mapped to ann: same colour");
        assertEquals(bob, bars.get("hypothesis:S0").get(0).getAttribute("fill"));
        String s2 = bars.get("hypothesis:S2").get(0).getAttribute("fill");
        for (String reference1 : List.of(ann, bob, bars.get("reference:cid").get(0).getAttribute("fill"))) {
            assertNotEquals(reference1, s2, "an unmapped speaker has a colour of its own");
        }

        // 15 s over 1000 px from x = 210: a bar from 5 s to 9 s starts at 543.33 and is 266.67 wide.
        Element bobBar = bars.get("reference:bob").get(0);
        assertEquals(TimelineSvg.LABEL_WIDTH + TimelineSvg.MARGIN + 1000 * 5 / 15.0,
            Double.parseDouble(bobBar.getAttribute("x")), 0.01);
        assertEquals(1000 * 4 / 15.0, Double.parseDouble(bobBar.getAttribute("width")), 0.01);
        double width = Double.parseDouble(svg.getAttribute("width"));
        for (Element bar : byClass(svg, "rect", "turn")) {
            double x = Double.parseDouble(bar.getAttribute("x"));
            assertTrue(x >= TimelineSvg.LABEL_WIDTH && x + Double.parseDouble(bar.getAttribute("width")) <= width);
        }

        List<Element> unscored = byClass(svg, "rect", "unscored");
        assertEquals(1, unscored.size(), "13-15 s is outside the scored region");
        List<String> ticks = new ArrayList<>();
        for (Element tick : byClass(svg, "text", "tick")) {
            ticks.add(tick.getTextContent());
        }
        assertEquals(List.of("0:00", "0:02", "0:04", "0:06", "0:08", "0:10", "0:12", "0:14"), ticks);
    }

    @Test
    void namesAreEscaped() throws Exception {
        Annotation reference = Annotation.builder("a&b").add(0, 1, "<x>").build();
        Annotation hypothesis = Annotation.builder("a&b").add(0, 1, "\"y\" & 'z'").build();
        Element svg = svg(TimelineSvg.render(reference, hypothesis, Timeline.of(new Segment(0, 1)), 1));
        assertEquals("<x>", byClass(svg, "g", "lane").get(0).getAttribute("data-speaker"));
        assertEquals("\"y\" & 'z'", byClass(svg, "g", "lane").get(1).getAttribute("data-speaker"));
        assertEquals("a_b.html", TimelinePage.fileName("a&b"));
    }

    @Test
    void tickStepsKeepTheAxisReadable() {
        assertEquals(0.5, TimelineSvg.tickStep(5));
        assertEquals(5, TimelineSvg.tickStep(30));
        assertEquals(300, TimelineSvg.tickStep(3600));
        assertEquals("1:00:00", TimelineSvg.clock(3600, 300));
        assertEquals("0:01.5", TimelineSvg.clock(1.5, 0.5));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Element svg(String text) throws Exception {
        Element svg = parse(text).getDocumentElement();
        assertEquals(SVG, svg.getNamespaceURI());
        return svg;
    }

    private static List<Element> byClass(Element root, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS(SVG, tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.getAttribute("class").equals(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }
}
