package org.selfeval.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Run in a JVM of its own by SqliteLibraryTest: does what cli.Main does before a run (the kept copy, when
 * {@code -Dselfeval.cache} is given), opens a results store in {@code args[0]}, and prints, while the store is
 * open, the native libraries sqlite-jdbc extracted into its temporary folder ({@code -Dorg.sqlite.tmpdir}), then
 * the library path it was pointed at.
 */
public final class SqliteLibraryProbe {
    private SqliteLibraryProbe() {
    }

    public static void main(String[] args) throws Exception {
        SqliteLibrary.useKeptCopy();
        try (ResultStore store = ResultStore.open(Path.of(args[0]));
             Stream<Path> extracted = Files.list(Path.of(System.getProperty("org.sqlite.tmpdir")))) {
            extracted.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("libsqlitejdbc.so")
                    || n.endsWith(".dylib") || n.endsWith(".dll")).forEach(n -> System.out.println("extracted " + n));
        }
        System.out.println("lib.path " + System.getProperty(SqliteLibrary.LIB_PATH));
    }
}
