package org.diarist.registry;

import org.diarist.engine.annotation.Segment;
import org.diarist.engine.InvalidInputException;
import org.diarist.registry.index.VoiceprintIndex;
import org.diarist.registry.index.VoiceprintIndexCache;
import org.diarist.registry.store.AppearanceTable;
import org.diarist.registry.store.RecordingTable;
import org.diarist.registry.store.RegistryDatabase;
import org.diarist.registry.store.RegistryInfo;
import org.diarist.registry.store.RegistryStoreException;
import org.diarist.registry.store.SpeakerRow;
import org.diarist.registry.store.SpeakerTable;
import org.diarist.registry.store.VoiceprintTable;

import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The speaker identity registry: who is who across recordings. H2 holds the truth (speakers, voiceprints,
 * recordings, appearances); a voiceprint index derived from it answers "who is nearest". Every change is one
 * transaction. One instance is used by one thread at a time; several processes may share the same registry.
 */
public final class SpeakerRegistry implements AutoCloseable {

    private static final int MAX_NAME_LENGTH = 200;

    private final RegistryConfig config;
    private final RegistryDatabase database;
    private final VoiceprintIndexCache index;
    private final SpeakerMatcher matcher;

    private SpeakerRegistry(RegistryConfig config, RegistryDatabase database) {
        this.config = config;
        this.database = database;
        this.index = new VoiceprintIndexCache(RegistryPaths.indexFile(database.basePath()), config.hnsw(),
            config.exactSearchBelow(), config.indexBuildThreads(), config.indexSaveEvery());
        this.matcher = new SpeakerMatcher(config.threshold(), config.candidateVoiceprints());
    }

    /** Opens the registry, creating it when it does not exist yet. */
    public static SpeakerRegistry open(RegistryConfig config) {
        return new SpeakerRegistry(config, RegistryDatabase.open(config.location(), true, config.lockTimeoutMillis()));
    }

    /** Opens an existing registry; a missing one is bad input (reading commands never create a registry). */
    public static SpeakerRegistry openExisting(RegistryConfig config) {
        return new SpeakerRegistry(config, RegistryDatabase.open(config.location(), false, config.lockTimeoutMillis()));
    }

    public RegistryConfig config() {
        return config;
    }

    /** The database file. */
    public Path file() {
        return database.file();
    }

    /** The embedding model and dimension of the voiceprints held; empty until the first one is stored. */
    public Optional<EmbeddingSpace> space() {
        return Optional.ofNullable(database.read(RegistryInfo::read).space());
    }

    /**
     * Stores {@code voiceprints} for the speaker called {@code name}, creating it when new (an existing speaker of
     * that name gets the voiceprints added).
     */
    public Speaker enroll(String name, List<VoiceprintInput> voiceprints) {
        String checkedName = checkNewName(name);
        if (voiceprints.isEmpty()) {
            throw new InvalidInputException("enroll " + checkedName + ": no voiceprints given");
        }
        return database.write((connection, info) -> {
            requireSpace(connection, info, voiceprints.stream().map(VoiceprintInput::embedding).toList(),
                database.file());
            SpeakerRow speaker = SpeakerTable.findByName(connection, checkedName)
                .orElseGet(() -> insertNamed(connection, checkedName));
            for (VoiceprintInput voiceprint : voiceprints) {
                storeVoiceprint(connection, speaker.id(), voiceprint);
            }
            SpeakerTable.touch(connection, speaker.id());
            return SpeakerTable.describe(connection, speaker.id()).orElseThrow();
        });
    }

    /** Names each diarized speaker of one recording, or leaves it unknown; changes nothing. */
    public RecordingIdentification identify(List<DiarizedSpeaker> speakers) {
        checkDistinctLabels(speakers);
        RecordingIdentification identified = database.read(connection -> {
            RegistryInfo info = RegistryInfo.read(connection);
            checkSpace(info, speakers);
            VoiceprintIndex current = currentIndex(connection, info, false);
            List<SpeakerIdentification> result = new ArrayList<>();
            for (SpeakerMatcher.Match match : matcher.match(connection, current, speakers)) {
                result.add(identification(match, false));
            }
            return new RecordingIdentification(result, false);
        });
        index.persistIfDue();
        return identified;
    }

    /**
     * Like {@link #identify}, then remembers: unknown speakers become provisional speakers ({@code SPK-000001},
     * ...), known ones get this recording's voiceprint (up to the per-speaker cap), and every speaker's appearance
     * is recorded, all in one transaction. A recording whose content was tracked before is only identified.
     */
    public RecordingIdentification track(RecordingInfo recording, List<DiarizedSpeaker> speakers) {
        checkDistinctLabels(speakers);
        RecordingIdentification tracked = database.write((connection, info) -> {
            checkSpace(info, speakers);
            boolean alreadyTracked = RecordingTable.findByHash(connection, recording.contentHash()).isPresent();
            VoiceprintIndex current = currentIndex(connection, info, true);
            List<SpeakerMatcher.Match> matches = matcher.match(connection, current, speakers);
            List<SpeakerIdentification> result = new ArrayList<>();
            if (alreadyTracked) {
                matches.forEach(match -> result.add(identification(match, false)));
                return new RecordingIdentification(result, true);
            }
            if (!speakers.isEmpty()) {
                requireSpace(connection, info, speakers.stream().map(DiarizedSpeaker::embedding).toList(),
                    database.file());
            }
            long recordingId = RecordingTable.findOrInsert(connection, recording);
            for (SpeakerMatcher.Match match : matches) {
                DiarizedSpeaker speaker = match.speaker();
                boolean created = match.identity() == null;
                SpeakerRow identity = created ? SpeakerTable.insertProvisional(connection) : match.identity();
                VoiceprintInput voiceprint = new VoiceprintInput(speaker.embedding(), recording,
                    extent(speaker.segments()), speaker.speechSeconds());
                if (created || VoiceprintTable.countOf(connection, identity.id()) < config.maxVoiceprintsPerSpeaker()) {
                    VoiceprintTable.insert(connection, identity.id(), voiceprint, recordingId);
                }
                Double score = created ? null : match.score();
                AppearanceTable.insert(connection, recordingId, identity.id(), speaker.label(),
                    speaker.speechSeconds(), score, speaker.segments());
                SpeakerTable.touch(connection, identity.id());
                result.add(identification(new SpeakerMatcher.Match(speaker, identity, match.score()), created));
            }
            return new RecordingIdentification(result, false);
        });
        index.persistIfDue();
        return tracked;
    }

    /** Every speaker, named ones first. */
    public List<Speaker> list() {
        return database.read(SpeakerTable::list);
    }

    public SpeakerDetails show(String name) {
        return database.read(connection -> {
            SpeakerRow row = requireSpeaker(connection, name);
            return new SpeakerDetails(SpeakerTable.describe(connection, row.id()).orElseThrow(),
                VoiceprintTable.ofSpeaker(connection, row.id()), AppearanceTable.ofSpeaker(connection, row.id()));
        });
    }

    /** Gives a speaker a new name; a provisional speaker renamed becomes a named one. */
    public Speaker rename(String name, String newName) {
        String checkedName = checkNewName(newName);
        return database.write((connection, info) -> {
            SpeakerRow row = requireSpeaker(connection, name);
            Optional<SpeakerRow> holder = SpeakerTable.findByName(connection, checkedName);
            if (holder.isPresent() && holder.get().id() != row.id()) {
                throw new InvalidInputException(database.file(), "a speaker called '" + checkedName
                    + "' exists already (merge the two instead)");
            }
            SpeakerTable.rename(connection, row.id(), checkedName);
            return SpeakerTable.describe(connection, row.id()).orElseThrow();
        });
    }

    /** Moves the voiceprints and appearances of {@code sources} into {@code target} and deletes the sources. */
    public Speaker merge(List<String> sources, String target) {
        return database.write((connection, info) -> {
            SpeakerRow into = requireSpeaker(connection, target);
            for (String source : new LinkedHashSet<>(sources)) {
                SpeakerRow from = requireSpeaker(connection, source);
                if (from.id() == into.id()) {
                    throw new InvalidInputException(database.file(), "cannot merge '" + source + "' into itself");
                }
                SpeakerTable.mergeInto(connection, from.id(), into.id());
            }
            return SpeakerTable.describe(connection, into.id()).orElseThrow();
        });
    }

    /** Deletes speakers with their voiceprints and appearances. */
    public void delete(List<String> names) {
        database.write((connection, info) -> {
            for (String name : new LinkedHashSet<>(names)) {
                SpeakerTable.delete(connection, requireSpeaker(connection, name).id());
            }
            info.markRemoval(connection);
            return null;
        });
    }

    /** Writes every speaker and voiceprint as JSON lines (see {@link RegistryTransfer}). */
    public RegistryTransfer.Counts exportTo(Writer out) {
        return database.read(connection -> RegistryTransfer.export(connection, out));
    }

    /**
     * Reads what {@link #exportTo} wrote, in one transaction: named speakers join the speaker of the same name,
     * provisional ones get new provisional names, voiceprints already present are skipped.
     */
    public RegistryTransfer.Counts importFrom(Reader in, String sourceName) {
        return database.write((connection, info) -> RegistryTransfer.importInto(connection, info, in, sourceName,
            database.file()));
    }

    /** How the voiceprint index was obtained by the last search (for diagnostics and tests). */
    public VoiceprintIndexCache.Refresh lastIndexRefresh() {
        return index.lastRefresh();
    }

    @Override
    public void close() {
        database.close();
    }

    /**
     * The index as of the last committed change. Inside a write transaction the generation was already advanced
     * by this transaction, whose own voiceprints the index must not claim yet: it is brought to the previous one.
     */
    private VoiceprintIndex currentIndex(Connection connection, RegistryInfo info, boolean insideWrite) {
        long generation = insideWrite ? info.generation() - 1 : info.generation();
        return index.current(new VoiceprintIndexCache.Source() {
            @Override
            public VoiceprintIndexCache.State state() {
                EmbeddingSpace space = info.space();
                return new VoiceprintIndexCache.State(info.registryId(), generation, info.lastRemovalGeneration(),
                    space == null ? null : space.modelId(), space == null ? 0 : space.dimension());
            }

            @Override
            public void forEachAfter(long voiceprintId, VoiceprintIndexCache.VectorSink sink) {
                try {
                    VoiceprintTable.forEachAfter(connection, voiceprintId, sink);
                } catch (SQLException e) {
                    throw new RegistryStoreException(
                        database.file() + ": cannot read voiceprints: " + e.getMessage(), e);
                }
            }
        }).orElse(null);
    }

    /** Binds an empty registry to the embeddings' model, or checks they match the one it holds. */
    static RegistryInfo requireSpace(Connection connection, RegistryInfo info, List<Embedding> embeddings, Path file)
        throws SQLException {
        RegistryInfo bound = info;
        for (Embedding embedding : embeddings) {
            if (bound.space() == null) {
                bound = bound.adopt(connection, embedding.space());
            } else if (!bound.space().equals(embedding.space())) {
                throw wrongModel(file, bound.space(), embedding);
            }
        }
        return bound;
    }

    private void checkSpace(RegistryInfo info, List<DiarizedSpeaker> speakers) {
        if (info.space() == null) {
            return;
        }
        for (DiarizedSpeaker speaker : speakers) {
            if (!info.space().equals(speaker.embedding().space())) {
                throw wrongModel(database.file(), info.space(), speaker.embedding());
            }
        }
    }

    static InvalidInputException wrongModel(Path file, EmbeddingSpace held, Embedding offered) {
        return new InvalidInputException(file, "the registry holds voiceprints of embedding model " + held
            + "; these come from " + offered.space() + ", and voiceprints of different models are never compared");
    }

    private SpeakerRow requireSpeaker(Connection connection, String name) throws SQLException {
        return SpeakerTable.findByName(connection, name).orElseThrow(() ->
            new InvalidInputException(database.file(), "no speaker called '" + name + "'"));
    }

    private SpeakerRow insertNamed(Connection connection, String name) {
        try {
            return SpeakerTable.insert(connection, name, false);
        } catch (SQLException e) {
            throw new RegistryStoreException(e.getMessage(), e);
        }
    }

    private void storeVoiceprint(Connection connection, long speakerId, VoiceprintInput voiceprint)
        throws SQLException {
        Long recordingId = voiceprint.recording() == null ? null
            : RecordingTable.findOrInsert(connection, voiceprint.recording());
        VoiceprintTable.insert(connection, speakerId, voiceprint, recordingId);
    }

    private static SpeakerIdentification identification(SpeakerMatcher.Match match, boolean created) {
        DiarizedSpeaker speaker = match.speaker();
        SpeakerRow identity = match.identity();
        return new SpeakerIdentification(speaker.label(), identity == null ? null : identity.name(),
            identity != null && identity.provisional(), created, match.score(), speaker.speechSeconds(),
            speaker.segments());
    }

    private static Segment extent(List<Segment> segments) {
        if (segments.isEmpty()) {
            return null;
        }
        double start = Double.POSITIVE_INFINITY;
        double end = 0;
        for (Segment span : segments) {
            start = Math.min(start, span.start());
            end = Math.max(end, span.end());
        }
        return new Segment(start, end);
    }

    private static void checkDistinctLabels(List<DiarizedSpeaker> speakers) {
        if (speakers.stream().map(DiarizedSpeaker::label).distinct().count() != speakers.size()) {
            throw new IllegalArgumentException("diarized speakers must have distinct labels");
        }
    }

    /** Names are what users type: non-blank, one line, and not of the reserved provisional form. */
    static String checkNewName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("speaker name: empty");
        }
        if (trimmed.length() > MAX_NAME_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("speaker name '" + trimmed + "': longer than " + MAX_NAME_LENGTH
                + " characters or holds control characters");
        }
        if (SpeakerTable.isProvisionalName(trimmed)) {
            throw new InvalidInputException("speaker name '" + trimmed + "': names of the form SPK-<number> are "
                + "reserved for provisional speakers");
        }
        return trimmed;
    }
}
