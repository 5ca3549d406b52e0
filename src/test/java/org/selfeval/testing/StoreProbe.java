package org.selfeval.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.selfeval.store.ResultStore;

/** Looks into the results store of an output folder while a batch writes it, as any SQLite tool would. */
public final class StoreProbe {
    private StoreProbe() {
    }

    /** Checks committed so far: 0 while the store is not there, locked by the writer, or its schema not committed. */
    public static int storedChecks(Path out) {
        Path file = out.resolve(ResultStore.FILE_NAME);
        if (!Files.exists(file)) {
            return 0;
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM checks");
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }
}
