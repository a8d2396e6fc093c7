package org.diarist.models.train.embedding;

import org.diarist.engine.audio.Audio;
import org.diarist.models.data.Manifest;
import org.diarist.models.data.ManifestEntry;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Every training clip decoded once to 16 kHz and kept in memory as 16-bit samples (half the memory of floats;
 * the sources are lossy codecs anyway), with its speaker's class index. The decoded audio is also cached in one
 * file keyed by the manifest's content, so a second run (or a resumed one) does not decode Opus again.
 */
public final class TrainingAudio {

    private static final int MAGIC = 0x44454d42; // "DEMB"

    private final short[][] clips;
    private final int[] speakerOfClip;
    private final List<String> speakers;
    private final long[] cumulativeSamples;

    private TrainingAudio(short[][] clips, int[] speakerOfClip, List<String> speakers) {
        this.clips = clips;
        this.speakerOfClip = speakerOfClip;
        this.speakers = List.copyOf(speakers);
        this.cumulativeSamples = new long[clips.length + 1];
        for (int i = 0; i < clips.length; i++) {
            cumulativeSamples[i + 1] = cumulativeSamples[i] + clips[i].length;
        }
    }

    /** Clips from arrays, for tests and synthetic data. */
    public static TrainingAudio of(List<float[]> clips, List<String> speakerOfClip) {
        List<String> speakers = new ArrayList<>(new TreeSet<>(speakerOfClip));
        short[][] pcm = new short[clips.size()][];
        int[] labels = new int[clips.size()];
        for (int i = 0; i < clips.size(); i++) {
            pcm[i] = toPcm(clips.get(i));
            labels[i] = speakers.indexOf(speakerOfClip.get(i));
        }
        return new TrainingAudio(pcm, labels, speakers);
    }

    /** Decodes every entry of {@code manifest} (or reads them back from {@code cacheFile} when it matches). */
    public static TrainingAudio load(Manifest manifest, Path cacheFile, int threads, Consumer<String> progress)
        throws IOException {
        List<ManifestEntry> entries = manifest.entries();
        List<String> speakers = new ArrayList<>(new TreeSet<>(manifest.speakers()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < speakers.size(); i++) {
            index.put(speakers.get(i), i);
        }
        int[] labels = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            labels[i] = index.get(entries.get(i).speaker());
        }
        String key = manifestKey(entries);
        short[][] clips = cacheFile == null ? null : readCache(cacheFile, key, entries.size());
        if (clips == null) {
            clips = decodeAll(entries, threads, progress);
            if (cacheFile != null) {
                writeCache(cacheFile, key, clips);
            }
        } else {
            progress.accept("audio: " + entries.size() + " clips read from the cache " + cacheFile);
        }
        return new TrainingAudio(clips, labels, speakers);
    }

    public int clipCount() {
        return clips.length;
    }

    public List<String> speakers() {
        return speakers;
    }

    public int speakerOf(int clip) {
        return speakerOfClip[clip];
    }

    public int length(int clip) {
        return clips[clip].length;
    }

    public long totalSamples() {
        return cumulativeSamples[clips.length];
    }

    /** The clip holding the {@code sample}-th sample of all clips laid end to end: sampling by duration. */
    public int clipAtSample(long sample) {
        int lo = 0;
        int hi = clips.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (cumulativeSamples[mid] <= sample) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Copies {@code length} samples from {@code clip} starting at {@code offset}, wrapping around short clips. */
    public void copy(int clip, int offset, float[] target, int targetOffset, int length) {
        short[] pcm = clips[clip];
        for (int i = 0; i < length; i++) {
            target[targetOffset + i] = pcm[(offset + i) % pcm.length] / 32768f;
        }
    }

    private static short[][] decodeAll(List<ManifestEntry> entries, int threads, Consumer<String> progress)
        throws IOException {
        short[][] clips = new short[entries.size()][];
        // Excerpts of one file (AMI) share a decode: group by path.
        Map<Path, List<Integer>> byFile = new java.util.LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byFile.computeIfAbsent(entries.get(i).path(), p -> new ArrayList<>()).add(i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Map.Entry<Path, List<Integer>> file : byFile.entrySet()) {
                jobs.add(pool.submit(() -> {
                    float[] audio = Audio.load(file.getKey());
                    for (int i : file.getValue()) {
                        ManifestEntry e = entries.get(i);
                        int from = (int) Math.min(audio.length, Math.round(e.start() * 16000));
                        int to = e.wholeFile() ? audio.length : (int) Math.min(audio.length, Math.round(e.end() * 16000));
                        float[] part = java.util.Arrays.copyOfRange(audio, from, Math.max(from + 1, to));
                        clips[i] = toPcm(part);
                        int n = done.incrementAndGet();
                        if (n % 2000 == 0) {
                            progress.accept(String.format("audio: decoded %d/%d clips (%.0f s)", n, entries.size(),
                                (System.nanoTime() - start) / 1e9));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while decoding", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        progress.accept(String.format("audio: decoded %d clips in %.0f s", entries.size(), (System.nanoTime() - start) / 1e9));
        return clips;
    }

    static short[] toPcm(float[] audio) {
        short[] pcm = new short[audio.length];
        for (int i = 0; i < audio.length; i++) {
            pcm[i] = (short) Math.max(-32768, Math.min(32767, Math.round(audio[i] * 32768f)));
        }
        return pcm;
    }

    static String manifestKey(List<ManifestEntry> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Whole files by path alone, excerpts by millisecond bounds: a manifest read back from its TSV
            // (durations rounded) must give the same key as the one it was written from.
            for (ManifestEntry e : entries) {
                String span = e.wholeFile() ? "whole" : Math.round(e.start() * 1000) + "-" + Math.round(e.end() * 1000);
                sha.update((e.path() + "\t" + span + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static short[][] readCache(Path file, String key, int count) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(key) || in.readInt() != count) {
                return null;
            }
            short[][] clips = new short[count][];
            byte[] bytes = new byte[0];
            for (int i = 0; i < count; i++) {
                int n = in.readInt();
                if (bytes.length < 2 * n) {
                    bytes = new byte[2 * n];
                }
                in.readFully(bytes, 0, 2 * n);
                java.nio.ByteBuffer.wrap(bytes, 0, 2 * n).order(java.nio.ByteOrder.LITTLE_ENDIAN).asShortBuffer()
                    .get(clips[i] = new short[n]);
            }
            return clips;
        }
    }

    private static void writeCache(Path file, String key, short[][] clips) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20))) {
            out.writeInt(MAGIC);
            out.writeUTF(key);
            out.writeInt(clips.length);
            for (short[] clip : clips) {
                out.writeInt(clip.length);
                java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(2 * clip.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                bytes.asShortBuffer().put(clip);
                out.write(bytes.array());
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
