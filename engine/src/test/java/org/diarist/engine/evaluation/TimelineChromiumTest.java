package org.diarist.engine.evaluation;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A timeline page rendered by a real browser: Debian's headless Chromium takes a screenshot, and the speakers'
 * colours must show up in it, in proportion to their speech. Skipped where {@code /usr/bin/chromium} is absent
 * (CI has none; {@code apt-get install chromium} brings it).
 */
class TimelineChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path folder;

    @Test
    void chromiumDrawsEachSpeakersTurnsInItsColour() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "skipped: needs " + CHROMIUM + " (apt-get install chromium)");
        BenchmarkReport report = new ReportFixture(folder.resolve("data")).run(0.5);
        Path page = BenchmarkReportFiles.write(report, folder.resolve("report")).get(2); // alpha.html

        BufferedImage screenshot = screenshot(page);

        // alpha: A talks 15 s, B 8 s, in both the reference and the hypothesis (same colours, being mapped).
        int a = count(screenshot, SpeakerColours.colour(0));
        int b = count(screenshot, SpeakerColours.colour(1));
        assertTrue(b > 1000, "B's bars are drawn: " + b + " pixels");
        double ratio = a / (double) b;
        assertTrue(Math.abs(ratio - 15.0 / 8.0) < 0.25, "A's bars are 15/8 as long as B's: ratio " + ratio);
        assertEquals(0, count(screenshot, SpeakerColours.colour(2)), "no third speaker colour on a two-speaker page");
    }

    private BufferedImage screenshot(Path page) throws IOException, InterruptedException {
        Path png = folder.resolve("page.png");
        Path profile = Files.createDirectories(folder.resolve("profile"));
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
            "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
            "--screenshot=" + png, "--window-size=1400,900", page.toUri().toString()))
            .redirectErrorStream(true).redirectOutput(folder.resolve("chromium.log").toFile()).start();
        if (!chromium.waitFor(180, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish within 180 s");
        }
        assertTrue(Files.isRegularFile(png), "no screenshot; chromium said: "
            + Files.readString(folder.resolve("chromium.log")));
        return ImageIO.read(png.toFile());
    }

    /** Pixels within a few levels of the given #rrggbb colour (anti-aliased edges are not counted). */
    private static int count(BufferedImage image, String hex) {
        int target = Integer.parseInt(hex.substring(1), 16);
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (close(rgb >> 16 & 0xff, target >> 16 & 0xff) && close(rgb >> 8 & 0xff, target >> 8 & 0xff)
                    && close(rgb & 0xff, target & 0xff)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean close(int a, int b) {
        return Math.abs(a - b) <= 3;
    }
}
