package org.diarist.registry.store;

import org.diarist.engine.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void createsAMigratedRegistryAndReopensIt() throws SQLException, IOException {
        Path base = folder.resolve("nested/registry");
        try (RegistryDatabase database = RegistryDatabase.open(base, true, 1_000)) {
            assertTrue(Files.isRegularFile(folder.resolve("nested/registry.mv.db")));
            int version = database.read(SchemaMigrations::currentVersion);
            assertEquals(SchemaMigrations.bundled().latestVersion(), version);
            List<String> tables = database.read(DatabaseCatalog::userTables);
            assertTrue(tables.containsAll(List.of("SPEAKERS", "VOICEPRINTS", "RECORDINGS", "APPEARANCES",
                "REGISTRY_INFO", "SCHEMA_VERSION")), tables.toString());
            long generation = database.read(RegistryInfo::read).generation();
            database.write((connection, info) -> SpeakerTable.insert(connection, "A", false));
            assertEquals(generation + 1, database.read(RegistryInfo::read).generation());
        }
        try (RegistryDatabase reopened = RegistryDatabase.open(base, false, 1_000)) {
            assertEquals(1, reopened.read(SpeakerTable::list).size());
        }
        try (var files = Files.list(folder.resolve("nested"))) {
            assertEquals(List.of("registry.mv.db"), files.map(p -> p.getFileName().toString()).toList(),
                "creation leaves no temporary or trace files");
        }
    }

    @Test
    void aFailedTransactionLeavesNothing() {
        Path base = folder.resolve("registry");
        try (RegistryDatabase database = RegistryDatabase.open(base, true, 1_000)) {
            assertThrows(IllegalStateException.class, () -> database.write((connection, info) -> {
                SpeakerTable.insert(connection, "Half", false);
                throw new IllegalStateException("dies midway");
            }));
            assertTrue(database.read(SpeakerTable::list).isEmpty());
        }
    }

    @Test
    void aMissingRegistryIsNotCreatedWhenOnlyReading() {
        Path base = folder.resolve("absent");
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> RegistryDatabase.open(base, false, 1_000));
        assertTrue(e.getMessage().endsWith("absent.mv.db: no speaker registry here"), e.getMessage());
        assertFalse(Files.exists(folder.resolve("absent.mv.db")));
    }

    @Test
    void randomBytesAreRefusedAndLeftUntouched() throws Exception {
        Path file = folder.resolve("registry.mv.db");
        byte[] noise = new byte[64 * 1024];
        new Random(1).nextBytes(noise);
        Files.write(file, noise);
        assertRefusedUntouched(file, "not an H2 database file");

        Files.writeString(file, "just some text\n");
        assertRefusedUntouched(file, "not an H2 database file");

        Files.write(file, new byte[0]);
        assertRefusedUntouched(file, "not an H2 database file");
    }

    @Test
    void aDamagedH2FileIsRefusedAndLeftUntouched() throws Exception {
        Path base = folder.resolve("registry");
        RegistryDatabase.open(base, true, 1_000).close();
        Path file = RegistryDatabase.dataFile(base);
        byte[] bytes = Files.readAllBytes(file);
        // Keep H2's header line, replace everything after it with noise.
        byte[] noise = new byte[bytes.length - 100];
        new Random(2).nextBytes(noise);
        System.arraycopy(noise, 0, bytes, 100, noise.length);
        Files.write(file, bytes);
        assertRefusedUntouched(file, "");
    }

    @Test
    void anotherApplicationsH2DatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path base = folder.resolve("registry");
        try (Connection foreign = DriverManager.getConnection("jdbc:h2:file:" + base);
             Statement statement = foreign.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INT PRIMARY KEY, amount DECIMAL(10, 2))");
            statement.execute("INSERT INTO invoices VALUES (1, 9.99)");
        }
        Path file = RegistryDatabase.dataFile(base);
        InvalidInputException e = assertRefusedUntouched(file, "not a Diarist speaker registry");
        assertTrue(e.getMessage().contains("INVOICES"), e.getMessage());
    }

    @Test
    void aRegistryFromANewerDiaristIsRefused() throws Exception {
        Path base = folder.resolve("registry");
        RegistryDatabase.open(base, true, 1_000).close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version VALUES (99, 'from the future', CURRENT_TIMESTAMP)");
        }
        assertRefusedUntouched(RegistryDatabase.dataFile(base), "written by a newer Diarist");
    }

    @Test
    void splitsMigrationScriptsIntoStatements() {
        String script = "-- first line describes\nCREATE TABLE a (x INT);\n\n-- comment\nINSERT INTO a\n VALUES (1);\n";
        assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a\n VALUES (1)"),
            SchemaMigrations.statements(script));
    }

    private static InvalidInputException assertRefusedUntouched(Path file, String problem) throws Exception {
        String before = sha256(file);
        Path base = file.resolveSibling(file.getFileName().toString().replace(".mv.db", ""));
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> RegistryDatabase.open(base, true, 1_000));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertEquals(before, sha256(file), "the file must not be modified");
        return e;
    }

    private static String sha256(Path file) throws IOException, java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
