package org.diarist.registry.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Questions about what a database holds, asked through H2's INFORMATION_SCHEMA. */
final class DatabaseCatalog {

    private DatabaseCatalog() {
    }

    static boolean hasTable(Connection connection, String upperCaseName) throws SQLException {
        return userTables(connection).contains(upperCaseName);
    }

    static List<String> userTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' ORDER BY table_name");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
