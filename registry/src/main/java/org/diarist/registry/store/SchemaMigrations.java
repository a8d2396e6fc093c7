package org.diarist.registry.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the newest schema: the scripts {@code migrations/V1.sql}, {@code V2.sql}, ... run in
 * order, each once, recorded in {@code schema_version}. A script's first comment line is its description. A script
 * is never edited once released; a change is a new script.
 */
public final class SchemaMigrations {

    private static final String FOLDER = "migrations/";

    private final List<String> scripts;

    SchemaMigrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** The migrations shipped with this build. */
    public static SchemaMigrations bundled() {
        List<String> scripts = new ArrayList<>();
        for (int version = 1; ; version++) {
            try (InputStream in = SchemaMigrations.class.getResourceAsStream(FOLDER + "V" + version + ".sql")) {
                if (in == null) {
                    break;
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read migration V" + version, e);
            }
        }
        return new SchemaMigrations(scripts);
    }

    /** The schema version this build writes. */
    public int latestVersion() {
        return scripts.size();
    }

    /** The version recorded in {@code connection}'s database, 0 when it has no schema_version table. */
    public static int currentVersion(Connection connection) throws SQLException {
        if (!DatabaseCatalog.hasTable(connection, "SCHEMA_VERSION")) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Applies every missing script, each in its own transaction; returns how many ran. */
    public int migrate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
                + "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            connection.commit();
            int applied = 0;
            for (int version = currentVersion(connection) + 1; version <= scripts.size(); version++) {
                apply(connection, version, scripts.get(version - 1));
                applied++;
            }
            return applied;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void apply(Connection connection, int version, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, version);
            insert.setString(2, description(script));
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        connection.commit();
    }

    /** The script's statements: comment lines dropped, split at semicolons that end a line. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String description(String script) {
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                String text = line.strip().substring(2).strip();
                return text.length() > 200 ? text.substring(0, 200) : text;
            }
        }
        return "";
    }
}
