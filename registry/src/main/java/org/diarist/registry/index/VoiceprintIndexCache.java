package org.diarist.registry.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps a {@link VoiceprintIndex} in step with the database, which stays the truth. On each use it compares the
 * database's generation with the index's: equal, the index is used as is; newer with only insertions since, the
 * new voiceprints are appended; newer with a removal since, or no usable index at all, it is rebuilt from the
 * database. A graph index is persisted beside the database (atomically, {@link #persistIfDue}) after a rebuild and
 * after {@code saveEvery} appended voiceprints, so the next process loads it instead of rebuilding; a missing,
 * stale or unreadable file only costs a rebuild.
 */
public final class VoiceprintIndexCache {

    /** How the last call to {@link #current} obtained its index (for diagnostics and tests). */
    public enum Refresh { NONE, CACHED, APPENDED, LOADED, REBUILT }

    /** The database side: its state, and its voiceprints in increasing id order. */
    public interface Source {
        /** The state of the database; read before {@link #forEachAfter} so that appends never skip a row. */
        State state();

        void forEachAfter(long voiceprintId, VectorSink sink);
    }

    /** Where the database is in its history, and which model its voiceprints belong to ({@code null}: none yet). */
    public record State(String registryId, long generation, long lastRemovalGeneration, String modelId,
                        int dimension) {
    }

    @FunctionalInterface
    public interface VectorSink {
        void accept(long voiceprintId, float[] vector);
    }

    private final Path file;
    private final HnswParameters parameters;
    private final int exactBelow;
    private final int buildThreads;
    private final int saveEvery;
    private VoiceprintIndex cached;
    private int persistedSize;
    private Refresh lastRefresh = Refresh.NONE;
    private IOException lastSaveFailure;

    public VoiceprintIndexCache(Path file, HnswParameters parameters, int exactBelow, int buildThreads,
                                int saveEvery) {
        this.file = file;
        this.parameters = parameters;
        this.exactBelow = exactBelow;
        this.buildThreads = buildThreads;
        this.saveEvery = saveEvery;
    }

    /** The index reflecting {@code source} now; empty while the database holds no model. */
    public synchronized Optional<VoiceprintIndex> current(Source source) {
        State state = source.state();
        if (state.modelId() == null) {
            cached = null;
            lastRefresh = Refresh.NONE;
            return Optional.empty();
        }
        if (usable(cached, state)) {
            lastRefresh = cached.generation() == state.generation() ? Refresh.CACHED : Refresh.APPENDED;
        } else {
            cached = loadFile(state);
            lastRefresh = cached != null ? Refresh.LOADED : Refresh.REBUILT;
            if (cached == null) {
                cached = rebuild(source, state);
                persistedSize = -1;
            }
        }
        if (cached.generation() != state.generation()) {
            source.forEachAfter(cached.maxVoiceprintId(), cached::append);
            cached.markCurrent(state.generation());
        }
        return Optional.of(cached);
    }

    /**
     * Writes the index file when the in-memory graph was rebuilt or has grown by {@code saveEvery} since it was
     * last written. Separate from {@link #current} so that callers can do it after their transaction: writing a
     * large file must not hold the registry's writer lock.
     */
    public synchronized void persistIfDue() {
        if (cached != null && cached.approximate()
            && (persistedSize < 0 || cached.size() - persistedSize >= saveEvery)) {
            save();
        }
    }

    public synchronized Refresh lastRefresh() {
        return lastRefresh;
    }

    /** Why the index could not be persisted the last time it tried (read-only folder, full disk), if it failed. */
    public synchronized Optional<IOException> lastSaveFailure() {
        return Optional.ofNullable(lastSaveFailure);
    }

    private boolean usable(VoiceprintIndex index, State state) {
        return index != null
            && index.registryId().equals(state.registryId())
            && index.modelId().equals(state.modelId())
            && index.dimension() == state.dimension()
            && index.generation() <= state.generation()
            && index.generation() >= state.lastRemovalGeneration();
    }

    /** Reads every voiceprint, then builds the whole graph at once (in parallel), faster than appending each. */
    private VoiceprintIndex rebuild(Source source, State state) {
        ExactVectorIndex vectors = new ExactVectorIndex(state.dimension(), 1024);
        long[][] ids = {new long[1024]};
        source.forEachAfter(0, (voiceprintId, vector) -> {
            int ordinal = vectors.size();
            if (ordinal == ids[0].length) {
                ids[0] = java.util.Arrays.copyOf(ids[0], ordinal * 2);
            }
            ids[0][ordinal] = voiceprintId;
            vectors.add(CosineSimilarity.unit(vector));
        });
        return VoiceprintIndex.fromVectors(state.registryId(), state.modelId(), vectors, ids[0], state.generation(),
            parameters, exactBelow, buildThreads);
    }

    private VoiceprintIndex loadFile(State state) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            VoiceprintIndexFile.Summary summary = VoiceprintIndexFile.readSummary(file);
            VoiceprintIndex candidate = new VoiceprintIndex(summary.registryId(), summary.modelId(),
                new ExactVectorIndex(summary.dimension(), 1),
                new long[0], summary.generation(), summary.maxVoiceprintId(), parameters, exactBelow, buildThreads);
            if (!usable(candidate, state)) {
                return null;
            }
            VoiceprintIndex loaded = VoiceprintIndexFile.load(file, parameters, exactBelow, buildThreads);
            persistedSize = loaded.size();
            return loaded;
        } catch (IOException e) {
            // Derived data: an unreadable file is replaced by a rebuild, never trusted.
            return null;
        }
    }

    private void save() {
        try {
            VoiceprintIndexFile.save(cached, file);
            persistedSize = cached.size();
            lastSaveFailure = null;
        } catch (IOException e) {
            lastSaveFailure = e;
            persistedSize = cached.size();
        }
    }
}
