package org.diarist.registry.store;

import org.diarist.engine.InvalidInputException;
import org.h2.api.ErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The registry's H2 database file: finds it, refuses files that are not a Diarist registry without writing to
 * them, creates new registries atomically, migrates the schema, and runs every change as one transaction.
 *
 * <p>Several processes share one registry through H2's automatic mixed mode ({@code AUTO_SERVER=TRUE}): the first
 * process opens the file and serves it over a local TCP socket (H2 listens on all interfaces, guarded by a random
 * key kept in the {@code .lock.db} file, which only users who can read the registry folder see); later processes
 * connect to it, and one of them takes over when it exits. {@code WRITE_DELAY=0} writes every commit to the file
 * before returning: with H2's default delay a {@code kill -9} loses the last second of committed transactions.
 */
public final class RegistryDatabase implements AutoCloseable {

    /** The file name suffix H2 adds to a database path. */
    public static final String FILE_SUFFIX = ".mv.db";
    private static final String APPLICATION = "diarist-registry";
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    /** Attempts of one transaction when the serving process goes away underneath it. */
    private static final int ATTEMPTS = 3;

    private final Path basePath;
    private final String url;
    private Connection connection;

    private RegistryDatabase(Path basePath, String url, Connection connection) {
        this.basePath = basePath;
        this.url = url;
        this.connection = connection;
    }

    /**
     * Opens the registry at {@code basePath} (the path without {@value #FILE_SUFFIX}); when it does not exist,
     * creates it if {@code create}, otherwise reports that there is no registry there.
     */
    public static RegistryDatabase open(Path basePath, boolean create, long lockTimeoutMillis) {
        Path base = basePath.toAbsolutePath().normalize();
        Path file = dataFile(base);
        SchemaMigrations migrations = SchemaMigrations.bundled();
        if (!Files.exists(file)) {
            if (!create) {
                throw new InvalidInputException(file, "no speaker registry here");
            }
            createAtomically(base, migrations);
        }
        checkHeader(file);
        probeReadOnly(base, file, migrations);
        String settings = ";IFEXISTS=TRUE;AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT="
            + lockTimeoutMillis;
        Connection connection = connect(base, settings, file);
        try {
            checkIdentity(connection, file, migrations);
            migrations.migrate(connection);
            connection.setAutoCommit(false);
            return new RegistryDatabase(base, url(base, settings), connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new RegistryStoreException(file + ": cannot prepare the registry: " + e.getMessage(), e);
        }
    }

    /** {@code basePath} with H2's suffix: the file that holds the registry. */
    public static Path dataFile(Path basePath) {
        return basePath.resolveSibling(basePath.getFileName() + FILE_SUFFIX);
    }

    public Path basePath() {
        return basePath;
    }

    public Path file() {
        return dataFile(basePath);
    }

    /** Runs {@code work} in a transaction that only reads. */
    public <T> T read(SqlWork<T> work) {
        return inTransaction(work, true);
    }

    /**
     * Runs {@code work} as one transaction. It starts by advancing the registry's generation, which locks the
     * registry row: writers take turns, so voiceprint ids grow in commit order and the index can append them.
     */
    public <T> T write(WriteWork<T> work) {
        return inTransaction(connection -> work.run(connection, RegistryInfo.advanceGeneration(connection)), false);
    }

    /**
     * Runs {@code work} and commits. When the process serving the registry to this one exits (or is killed) in the
     * middle, H2 reports the connection broken and the transaction is gone with that process: it is run again on
     * a new connection (this process may become the server). A connection lost while committing a change is not
     * retried, because the commit may have happened; a read-only transaction has nothing to lose and always is.
     */
    private synchronized <T> T inTransaction(SqlWork<T> work, boolean readOnly) {
        for (int attempt = 1; ; attempt++) {
            boolean committing = false;
            try {
                T result = work.run(connection);
                committing = true;
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                if ((readOnly || !committing) && attempt < ATTEMPTS && connectionLost(e)) {
                    reconnect(e);
                    continue;
                }
                if (e instanceof SQLException sql) {
                    throw new RegistryStoreException(file() + ": " + sql.getMessage(), sql);
                }
                throw (RuntimeException) e;
            }
        }
    }

    private static boolean connectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.CONNECTION_BROKEN_1
                || sql.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                || sql.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN)) {
                return true;
            }
        }
        return false;
    }

    private void reconnect(Exception cause) {
        closeQuietly(connection);
        try {
            connection = DriverManager.getConnection(url);
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            e.addSuppressed(cause);
            throw new RegistryStoreException(file() + ": lost the connection and cannot reconnect: "
                + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    /** Database work that reads. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Database work that changes something, given the registry row as locked at the start of the transaction. */
    @FunctionalInterface
    public interface WriteWork<T> {
        T run(Connection connection, RegistryInfo info) throws SQLException;
    }

    /**
     * Builds a new registry under a temporary name and links it into place, so a registry file is either complete
     * or absent, even if the process dies while creating it (H2 commits each DDL statement on its own). When
     * another process wins the race, its registry is used.
     */
    private static void createAtomically(Path base, SchemaMigrations migrations) {
        Path file = dataFile(base);
        Path temporaryBase = base.resolveSibling("." + base.getFileName() + "-creating-" + UUID.randomUUID());
        Path temporaryFile = dataFile(temporaryBase);
        try {
            Files.createDirectories(base.toAbsolutePath().getParent());
            try (Connection connection = connect(temporaryBase, "", temporaryFile)) {
                migrations.migrate(connection);
            }
            try {
                Files.createLink(file, temporaryFile);
            } catch (FileAlreadyExistsException e) {
                // Another process created it first: theirs is as good as ours.
            } catch (UnsupportedOperationException e) {
                Files.move(temporaryFile, file);
            }
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot create the registry: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new RegistryStoreException(file + ": cannot create the registry: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporaryFile);
                Files.deleteIfExists(temporaryBase.resolveSibling(temporaryBase.getFileName() + ".trace.db"));
            } catch (IOException ignored) {
                // a leftover hidden temporary file is harmless
            }
        }
    }

    /** Random bytes, a text file, an empty file: not an H2 database, so H2 never gets to touch it. */
    private static void checkHeader(Path file) {
        byte[] start = new byte[H2_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot read the registry: " + e.getMessage(), e);
        }
        if (read < start.length || !Arrays.equals(start, H2_HEADER)) {
            throw new InvalidInputException(file, "not a Diarist speaker registry (not an H2 database file)");
        }
    }

    /**
     * Looks at the file read-only before opening it for writing, because H2 rewrites part of any file it opened
     * for writing when it closes it. When another process holds the file the probe cannot run; the identity is
     * then checked over the shared connection, where the other process, not this one, owns the file.
     */
    private static void probeReadOnly(Path base, Path file, SchemaMigrations migrations) {
        Connection probe;
        try {
            probe = DriverManager.getConnection(url(base, ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r"));
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return;
            }
            throw new InvalidInputException(file, "not a readable speaker registry, the file is damaged ("
                + firstLine(e.getMessage()) + ")", e);
        }
        try (probe) {
            checkIdentity(probe, file, migrations);
        } catch (SQLException e) {
            throw new InvalidInputException(file, "not a readable speaker registry (" + firstLine(e.getMessage())
                + ")", e);
        }
    }

    private static void checkIdentity(Connection connection, Path file, SchemaMigrations migrations)
        throws SQLException {
        List<String> tables = DatabaseCatalog.userTables(connection);
        if (!tables.contains("REGISTRY_INFO") || !tables.contains("SCHEMA_VERSION")) {
            throw new InvalidInputException(file, "an H2 database, but not a Diarist speaker registry"
                + (tables.isEmpty() ? " (it is empty)" : " (it holds " + String.join(", ", tables) + ")"));
        }
        String application = RegistryInfo.application(connection);
        if (!APPLICATION.equals(application)) {
            throw new InvalidInputException(file, "an H2 database of '" + application
                + "', not a Diarist speaker registry");
        }
        int version = SchemaMigrations.currentVersion(connection);
        if (version > migrations.latestVersion()) {
            throw new InvalidInputException(file, "written by a newer Diarist (registry schema " + version
                + ", this build knows up to " + migrations.latestVersion() + ")");
        }
    }

    private static Connection connect(Path base, String settings, Path file) {
        try {
            return DriverManager.getConnection(url(base, settings));
        } catch (SQLException e) {
            throw new InvalidInputException(file, "cannot open the registry (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /** No trace files: a failed open must leave nothing behind next to the user's file. */
    private static String url(Path base, String settings) {
        return "jdbc:h2:file:" + base + ";TRACE_LEVEL_FILE=0" + settings;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one to report
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to do with a connection that cannot close
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
