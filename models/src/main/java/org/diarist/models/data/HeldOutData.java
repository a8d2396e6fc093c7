package org.diarist.models.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Files of the shared data folder that are kept for evaluation and must never reach a training manifest:
 * LibriSpeech test-other (the speaker-verification dev set) and the AMI development excerpts (every file whose
 * name starts with {@code dev}, every recording named in {@code debug.development.*}, and {@code sample.*},
 * which belongs to neither training list).
 */
public final class HeldOutData {

    /** The data set name of held-out LibriSpeech test-other entries in an evaluation manifest. */
    public static final String TEST_OTHER = "librispeech-test-other";
    /** Data set names that mark a manifest as evaluation data. */
    public static final Set<String> EVALUATION_DATASETS = Set.of(TEST_OTHER);

    private final Path testOther;
    private final Path ami;
    private final Set<String> amiHeldOutUris;

    private HeldOutData(Path sharedData) {
        Path root = sharedData.toAbsolutePath().normalize();
        this.testOther = root.resolve("librispeech").resolve("test-other");
        this.ami = root.resolve("ami");
        this.amiHeldOutUris = new HashSet<>(Set.of("sample"));
        for (String listing : new String[] {"debug.development.rttm", "debug.development.uem"}) {
            amiHeldOutUris.addAll(recordingsIn(ami.resolve(listing)));
        }
    }

    /** The held-out files of the shared data folder {@code sharedData} (the folder holding librispeech/, ami/...). */
    public static HeldOutData of(Path sharedData) {
        return new HeldOutData(sharedData);
    }

    public boolean isHeldOut(Path file) {
        Path f = file.toAbsolutePath().normalize();
        if (f.startsWith(testOther)) {
            return true;
        }
        if (f.getParent() != null && f.getParent().equals(ami)) {
            String uri = stem(f.getFileName().toString());
            return uri.startsWith("dev") || amiHeldOutUris.contains(uri);
        }
        return false;
    }

    private static Set<String> recordingsIn(Path listing) {
        Set<String> uris = new HashSet<>();
        if (!Files.isRegularFile(listing)) {
            return uris;
        }
        try {
            for (String line : Files.readAllLines(listing, StandardCharsets.UTF_8)) {
                String[] f = line.trim().split("\\s+");
                // RTTM: SPEAKER <uri> ...; UEM: <uri> <channel> <start> <end>
                if (f.length >= 2) {
                    uris.add(f[0].equals("SPEAKER") ? f[1] : f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(listing + ": cannot read", e);
        }
        return uris;
    }

    private static String stem(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
