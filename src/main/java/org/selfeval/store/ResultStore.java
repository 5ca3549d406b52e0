package org.selfeval.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.selfeval.app.FileResult;
import org.selfeval.model.Finding;
import org.selfeval.model.FormResult;
import org.selfeval.model.Severity;

/**
 * The results store: one SQLite file in the output folder ({@value #FILE_NAME}), schema in docs/store.md. Per
 * input and run: its content hash and size, the tool, rules and layouts in force, its result and findings, and
 * its round. Every change is one transaction: a process killed at any moment leaves the file as it was before
 * the transaction or after it, never between; the next run finds what was committed and does the rest.
 *
 * <p>One connection; every method that uses it is synchronized (workers look stored results up while the run's
 * thread records); a stored record is parsed outside the lock ({@link #stored}).
 */
public final class ResultStore implements AutoCloseable {
    public static final String FILE_NAME = "selfeval-results.sqlite";
    static final int SCHEMA_VERSION = 2;

    private final Connection db;
    private final Clock clock;
    /** Records of a batch committed together (see {@link #groupCommits}); 1: each is its own transaction. */
    private int groupSize = 1;
    private int pending;
    /** When the first record of the pending group was made: a group is committed after a second at most. */
    private java.time.Instant groupStarted;

    /** The statements of the per-input calls, each prepared once (preparing costs more than running them). */
    private final java.util.Map<String, PreparedStatement> statements = new java.util.HashMap<>();

    private ResultStore(Connection db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Opens (creating if missing) the store of an output folder. */
    public static ResultStore open(Path outDir) throws IOException {
        return open(outDir, Clock.systemUTC());
    }

    public static ResultStore open(Path outDir, Clock clock) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE_NAME);
        try {
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try {
                try (Statement s = db.createStatement()) {
                    // a rollback journal, not WAL: one file, and it works on the network shares bureaus use
                    s.execute("PRAGMA journal_mode=DELETE");
                    s.execute("PRAGMA synchronous=FULL");
                    s.execute("PRAGMA foreign_keys=ON");
                    s.execute("PRAGMA busy_timeout=10000");
                }
                createSchema(db);
                db.setAutoCommit(false);
                return new ResultStore(db, clock);
            } catch (SQLException | RuntimeException e) {
                db.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("无法打开结果库 " + file + "：" + e.getMessage(), e);
        }
    }

    private static void createSchema(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > SCHEMA_VERSION) {
                throw new SQLException("结果库由更新版本的 selfeval 写出（结构版本 " + version + "），请使用新版本");
            }
            if (version == SCHEMA_VERSION) {
                return;
            }
            db.setAutoCommit(false);
            if (version == 0) {
                createVersion1(s);
            }
            // version 2: what a finished batch wrote, so the next one over unchanged inputs can leave it as it is
            s.execute("ALTER TABLE results ADD COLUMN crc32c INTEGER"); // tells unchanged bytes at a tenth of the cost
            s.execute("ALTER TABLE runs ADD COLUMN outputs_key TEXT");
            for (String count : new String[] {"files", "forms", "forms_with_errors", "failed"}) {
                s.execute("ALTER TABLE runs ADD COLUMN " + count + " INTEGER");
            }
            s.execute("""
                    CREATE TABLE run_outputs (
                      run    INTEGER NOT NULL REFERENCES runs(id),
                      path   TEXT NOT NULL,
                      size   INTEGER NOT NULL,
                      crc32c INTEGER NOT NULL,
                      PRIMARY KEY (run, path))""");
            s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
            db.commit();
            db.setAutoCommit(true);
        }
    }

    /** The tables as schema version 1 made them (a new store is made so, then brought to the current version). */
    private static void createVersion1(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE IF NOT EXISTS runs (
                  id       INTEGER PRIMARY KEY,
                  kind     TEXT NOT NULL,
                  source   TEXT NOT NULL,
                  tool     TEXT NOT NULL,
                  rules    TEXT NOT NULL,
                  layouts  TEXT NOT NULL,
                  started  TEXT NOT NULL,
                  finished TEXT)""");
        s.execute("""
                CREATE TABLE IF NOT EXISTS results (
                  id          INTEGER PRIMARY KEY,
                  sha256      TEXT NOT NULL,
                  size        INTEGER NOT NULL,
                  tool        TEXT NOT NULL,
                  rules       TEXT NOT NULL,
                  layouts     TEXT NOT NULL,
                  status      TEXT NOT NULL,
                  error_code  TEXT,
                  forms       INTEGER NOT NULL,
                  errors      INTEGER NOT NULL,
                  warnings    INTEGER NOT NULL,
                  record      TEXT NOT NULL)""");
        s.execute("""
                CREATE TABLE IF NOT EXISTS checks (
                  id          INTEGER PRIMARY KEY,
                  run         INTEGER NOT NULL REFERENCES runs(id),
                  input       TEXT NOT NULL,
                  round       INTEGER NOT NULL,
                  result      INTEGER NOT NULL REFERENCES results(id),
                  reused      INTEGER NOT NULL,
                  output      TEXT,
                  output_size INTEGER,
                  checked     TEXT NOT NULL,
                  UNIQUE (run, input))""");
        s.execute("CREATE INDEX IF NOT EXISTS checks_by_input ON checks(input, run)");
        s.execute("""
                CREATE TABLE IF NOT EXISTS findings (
                  result   INTEGER NOT NULL REFERENCES results(id),
                  form     INTEGER NOT NULL,
                  sheet    TEXT NOT NULL,
                  cell     TEXT,
                  severity TEXT NOT NULL,
                  code     TEXT NOT NULL,
                  message  TEXT NOT NULL)""");
        s.execute("CREATE INDEX IF NOT EXISTS findings_by_result ON findings(result)");
        s.execute("CREATE INDEX IF NOT EXISTS findings_by_code ON findings(code)");
    }

    /**
     * The run to record into: the last run of this kind over this source with the same identity when it never
     * finished (killed: this run finishes its job, its checks are not counted again), else a new one.
     */
    public synchronized long beginRun(String kind, String source, Identity identity) throws IOException {
        return tx(() -> {
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT id, finished, tool, rules, layouts FROM runs WHERE kind = ? AND source = ? "
                            + "ORDER BY id DESC LIMIT 1")) {
                q.setString(1, kind);
                q.setString(2, source);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next() && rs.getString(2) == null && identity.tool().equals(rs.getString(3))
                            && identity.rules().equals(rs.getString(4)) && identity.layouts().equals(rs.getString(5))) {
                        return rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement ins = db.prepareStatement("INSERT INTO runs(kind, source, tool, rules, layouts, "
                    + "started) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ins.setString(1, kind);
                ins.setString(2, source);
                ins.setString(3, identity.tool());
                ins.setString(4, identity.rules());
                ins.setString(5, identity.layouts());
                ins.setString(6, clock.instant().toString());
                ins.executeUpdate();
                try (ResultSet keys = ins.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public synchronized void finishRun(long run) throws IOException {
        finishRun(run, null);
    }

    /**
     * Marks the run finished and keeps what it wrote ({@code wrote}, null when not every output was written), in
     * one transaction: a run killed after it is done has nothing left to do.
     */
    public synchronized void finishRun(long run, RunOutputs wrote) throws IOException {
        tx(() -> {
            try (PreparedStatement u = db.prepareStatement("UPDATE runs SET finished = ? WHERE id = ?")) {
                u.setString(1, clock.instant().toString());
                u.setLong(2, run);
                u.executeUpdate();
            }
            if (wrote != null) {
                keepOutputs(run, wrote);
            }
            return null;
        });
    }

    /**
     * What a finished batch wrote (schema version 2): the key of everything its outputs were made of (the inputs,
     * their results, what they are compared with, what was asked for), its counts, and each output file as it
     * left it. A later batch whose key is the same finds its outputs already written.
     */
    public record RunOutputs(String key, long files, long forms, long formsWithErrors, long failed,
                             List<OutputFile> outputs) {
        public RunOutputs {
            outputs = List.copyOf(outputs);
        }
    }

    /** An output file (absolute path) with its size and CRC-32C when its run finished. */
    public record OutputFile(String path, long size, long crc32c) {
    }

    /** What a finished run wrote: its row and one row per output file. */
    private void keepOutputs(long run, RunOutputs outputs) throws SQLException {
        try (PreparedStatement u = db.prepareStatement("UPDATE runs SET outputs_key = ?, files = ?, forms = ?, "
                + "forms_with_errors = ?, failed = ? WHERE id = ?");
             PreparedStatement del = db.prepareStatement("DELETE FROM run_outputs WHERE run = ?");
             PreparedStatement ins = db.prepareStatement("INSERT INTO run_outputs(run, path, size, crc32c) "
                     + "VALUES (?, ?, ?, ?)")) {
            u.setString(1, outputs.key());
            u.setLong(2, outputs.files());
            u.setLong(3, outputs.forms());
            u.setLong(4, outputs.formsWithErrors());
            u.setLong(5, outputs.failed());
            u.setLong(6, run);
            u.executeUpdate();
            del.setLong(1, run);
            del.executeUpdate();
            for (OutputFile f : outputs.outputs()) {
                ins.setLong(1, run);
                ins.setString(2, f.path());
                ins.setLong(3, f.size());
                ins.setLong(4, f.crc32c());
                ins.executeUpdate();
            }
        }
    }

    /**
     * What the last finished run of this kind over this source wrote, when it ran with this identity and kept
     * it ({@link #finishRun(long, RunOutputs)}); else null.
     */
    public synchronized RunOutputs lastOutputs(String kind, String source, Identity identity) throws IOException {
        try (PreparedStatement q = db.prepareStatement("SELECT id, tool, rules, layouts, outputs_key, files, forms, "
                + "forms_with_errors, failed FROM runs WHERE kind = ? AND source = ? AND finished IS NOT NULL "
                + "ORDER BY id DESC LIMIT 1");
             PreparedStatement files = db.prepareStatement("SELECT path, size, crc32c FROM run_outputs WHERE run = ? "
                     + "ORDER BY path")) {
            q.setString(1, kind);
            q.setString(2, source);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next() || rs.getString(5) == null || !identity.equals(new Identity(rs.getString(2),
                        rs.getString(3), rs.getString(4)))) {
                    return null;
                }
                files.setLong(1, rs.getLong(1));
                List<OutputFile> outputs = new ArrayList<>();
                try (ResultSet f = files.executeQuery()) {
                    while (f.next()) {
                        outputs.add(new OutputFile(f.getString(1), f.getLong(2), f.getLong(3)));
                    }
                }
                return new RunOutputs(rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        outputs);
            }
        } catch (SQLException e) {
            throw new IOException("无法读取结果库：" + e.getMessage(), e);
        }
    }

    /** The last check of an input, in any run up to and including {@code run}, or null (without its record). */
    public synchronized Check latest(String input, long run) throws IOException {
        return query("SELECT " + Check.KEY_COLUMNS + " FROM checks c JOIN results r ON r.id = c.result "
                + "WHERE c.input = ? AND c.run <= ? ORDER BY c.run DESC LIMIT 1", input, run);
    }

    /** Inputs looked up per query by {@link #latest(List, long)}. */
    private static final int INPUTS_PER_QUERY = 500;

    /**
     * The last check of each of these inputs, in any run up to and including {@code run} (those never checked
     * are absent), a few queries for them all instead of one each: a batch over thousands of unchanged inputs
     * looks them all up before it starts.
     */
    public synchronized Map<String, Check> latest(List<String> inputs, long run) throws IOException {
        Map<String, Check> latest = new HashMap<>();
        try {
            for (int from = 0; from < inputs.size(); from += INPUTS_PER_QUERY) {
                List<String> part = inputs.subList(from, Math.min(inputs.size(), from + INPUTS_PER_QUERY));
                try (PreparedStatement q = db.prepareStatement("SELECT " + Check.KEY_COLUMNS + " FROM checks c "
                        + "JOIN results r ON r.id = c.result WHERE c.input IN (" + "?,".repeat(part.size() - 1)
                        + "?) AND c.run = (SELECT MAX(c2.run) FROM checks c2 WHERE c2.input = c.input "
                        + "AND c2.run <= ?)")) {
                    int i = 1;
                    for (String input : part) {
                        q.setString(i++, input);
                    }
                    q.setLong(i, run);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            Check check = Check.read(rs);
                            latest.put(check.input(), check);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("无法读取结果库：" + e.getMessage(), e);
        }
        return latest;
    }

    /**
     * Records checks that re-use their input's last stored check as is (a batch where nothing changed), in one
     * transaction. Each round follows that check's (or is its own, when it was made by this run: resumed).
     *
     * @param last   each input's last check (from {@link #latest(List, long)})
     * @param output each input's scored copy, relative to the output folder (null: a failure, none)
     */
    public synchronized void recordReused(long run, List<Check> last, List<String> output) throws IOException {
        tx(() -> {
            PreparedStatement ins = statement("INSERT OR REPLACE INTO checks(run, input, round, "
                    + "result, reused, output, output_size, checked) VALUES (?, ?, ?, ?, 1, ?, ?, ?)", false);
            String now = clock.instant().toString();
            for (int i = 0; i < last.size(); i++) {
                Check check = last.get(i);
                ins.setLong(1, run);
                ins.setString(2, check.input());
                ins.setInt(3, check.run() == run ? check.round() : check.round() + 1);
                ins.setLong(4, check.result());
                ins.setString(5, output.get(i));
                if (check.outputSize() == null) { // a failure re-used: no scored copy
                    ins.setNull(6, java.sql.Types.INTEGER);
                } else {
                    ins.setLong(6, check.outputSize());
                }
                ins.setString(7, now);
                ins.addBatch();
            }
            ins.executeBatch();
            return null;
        });
    }

    /** The last check of an input in a run before {@code run} (its previous round: the round count), or null. */
    private Check previous(String input, long run) throws IOException {
        return query("SELECT " + Check.KEY_COLUMNS + " FROM checks c JOIN results r ON r.id = c.result "
                + "WHERE c.input = ? AND c.run < ? ORDER BY c.run DESC LIMIT 1", input, run);
    }

    /**
     * The check a round of an input is compared with: the last check of it, in a run before {@code run}, of other
     * bytes than {@code key}'s — the previous version of the file — or null when there is none (its first
     * version). An input unchanged since then keeps being compared with the same version, so an unchanged folder
     * gets the same 整改情况 round after round.
     */
    public synchronized Check previousVersion(String input, long run, InputKey key) throws IOException {
        try {
            PreparedStatement q = statement("SELECT " + Check.KEY_COLUMNS + " FROM checks c JOIN results r "
                    + "ON r.id = c.result WHERE c.input = ? AND c.run < ? AND (r.sha256 <> ? OR r.size <> ?) "
                    + "ORDER BY c.run DESC LIMIT 1", false);
            q.setString(1, input);
            q.setLong(2, run);
            q.setString(3, key.sha256());
            q.setLong(4, key.size());
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Check.read(rs) : null;
            }
        } catch (SQLException e) {
            throw new IOException("无法读取结果库：" + e.getMessage(), e);
        }
    }

    /**
     * A stored result by id (its JSON record parsed). Only the record's text is read under the store's lock; it is
     * parsed outside it (the parse of a 12-20 KB record costs more than the query): a batch re-using thousands of
     * stored results parses them on its workers side by side while the run's thread records.
     */
    public StoredResult stored(long result) throws IOException {
        return StoredResult.fromJson(recordUtf8(result));
    }

    /** The JSON record of a stored result, its UTF-8 bytes as SQLite keeps them. */
    private synchronized byte[] recordUtf8(long result) throws IOException {
        try {
            PreparedStatement q = statement("SELECT record FROM results WHERE id = ?", false);
            q.setLong(1, result);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IOException("结果库中没有结果 " + result);
                }
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IOException("无法读取结果库：" + e.getMessage(), e);
        }
    }

    /** Every check of an input, oldest round first. */
    public synchronized List<Check> history(String input) throws IOException {
        List<Check> all = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT " + Check.COLUMNS + " FROM checks c JOIN results r "
                + "ON r.id = c.result WHERE c.input = ? ORDER BY c.run")) {
            q.setString(1, input);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    all.add(Check.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IOException("无法读取结果库：" + e.getMessage(), e);
        }
        return all;
    }

    /** Inputs whose name ends with {@code suffix} (history looks a form up by the end of its path). */
    public synchronized List<String> inputsEndingWith(String suffix) throws IOException {
        List<String> inputs = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT DISTINCT input FROM checks ORDER BY input")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String input = rs.getString(1);
                    if (input.equals(suffix) || input.endsWith("/" + suffix)) {
                        inputs.add(input);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("无法读取结果库：" + e.getMessage(), e);
        }
        return inputs;
    }

    /** Inputs read per query by {@link #forEachLatest}: the store is free for the recording between pages. */
    static final int LATEST_PAGE = 200;

    /**
     * The latest check of every input recorded by runs of this kind over this source, by input, one at a time
     * (nothing is held: the hot folder's summary of thousands of forms is streamed from here). Read a page of
     * {@value #LATEST_PAGE} inputs at a time, the store held only while a page is read: the hot folder records
     * its next file between two pages instead of waiting for the whole summary (tens of seconds over thousands
     * of forms). An input recorded meanwhile may be missed or seen at its newer check; the summary is written
     * again after it anyway.
     */
    public void forEachLatest(String kind, String source, Consumer<Check> each) throws IOException {
        forEachLatest(kind, source, LATEST_PAGE, each);
    }

    /** As {@link #forEachLatest(String, String, Consumer)}, {@code pageSize} inputs a page (tests). */
    void forEachLatest(String kind, String source, int pageSize, Consumer<Check> each) throws IOException {
        String after = "";
        while (true) {
            List<Check> page = latestPage(kind, source, after, pageSize);
            for (Check check : page) {
                each.accept(check);
            }
            if (page.size() < pageSize) {
                return;
            }
            after = page.get(page.size() - 1).input();
        }
    }

    private synchronized List<Check> latestPage(String kind, String source, String after, int pageSize)
            throws IOException {
        List<Check> page = new ArrayList<>(pageSize);
        try (PreparedStatement q = db.prepareStatement("SELECT " + Check.COLUMNS + " FROM checks c "
                + "JOIN results r ON r.id = c.result WHERE c.id IN (SELECT MAX(c2.id) FROM checks c2 "
                + "JOIN runs u ON u.id = c2.run WHERE u.kind = ? AND u.source = ? AND c2.input > ? GROUP BY c2.input) "
                + "ORDER BY c.input LIMIT " + pageSize)) {
            q.setString(1, kind);
            q.setString(2, source);
            q.setString(3, after);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    page.add(Check.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IOException("无法读取结果库：" + e.getMessage(), e);
        }
        return page;
    }

    /** The scored copies (relative to the output folder) recorded by runs of this kind over this source. */
    public synchronized List<String> outputs(String kind, String source) throws IOException {
        return recorded("c.output", kind, source);
    }

    /** The inputs recorded by runs of this kind over this source. */
    public synchronized List<String> inputs(String kind, String source) throws IOException {
        return recorded("c.input", kind, source);
    }

    /** The distinct non-null values of a column of checks recorded by runs of this kind over this source. */
    private List<String> recorded(String column, String kind, String source) throws IOException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT DISTINCT " + column + " FROM checks c JOIN runs u "
                + "ON u.id = c.run WHERE u.kind = ? AND u.source = ? AND " + column + " IS NOT NULL")) {
            q.setString(1, kind);
            q.setString(2, source);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException("无法读取结果库：" + e.getMessage(), e);
        }
        return values;
    }

    /**
     * Lets {@link #record} commit {@code size} records at a time, or what a second brought: a commit costs a few
     * disk syncs (25 ms each on a busy disk), which over 2,000 unchanged inputs would cost more than re-using them
     * saves. A process killed before a group is committed loses that group only (at most a second of work): the
     * store stays as it was at the last commit, and the next run (which resumes the unfinished one) checks those
     * inputs again. {@link #finishRun} and {@link #close} commit what is pending.
     */
    public synchronized void groupCommits(int size) {
        groupSize = Math.max(1, size);
    }

    /** Commits the records still pending in the current group. */
    public synchronized void commitPending() throws IOException {
        if (pending > 0) {
            tx(() -> null);
        }
    }

    /**
     * Records one input's check in a run, in one transaction (or one group of them, see {@link #groupCommits}): a
     * new result (with its findings) unless {@code reusedResult} names the stored one taken as is; the check row
     * replaces any earlier one of the same input in the same run (a resumed run), so an input is never counted
     * twice in a run.
     *
     * @param reusedResult the id of the stored result re-used, or 0 when {@code result} was just computed
     * @return the id of the result recorded (the re-used one, or the new one)
     */
    public synchronized long record(long run, String input, InputKey key, FileResult result, long reusedResult,
                                    String output, Long outputSize) throws IOException {
        Work<Long> work = () -> {
            long resultId = reusedResult > 0 ? reusedResult : insertResult(key, result);
            insertCheck(run, input, resultId, reusedResult > 0, output, outputSize);
            return resultId;
        };
        if (pending == 0) {
            groupStarted = clock.instant();
        }
        if (++pending < groupSize && clock.instant().isBefore(groupStarted.plusSeconds(1))) {
            try {
                return work.run();
            } catch (SQLException | IOException | RuntimeException e) {
                rollback(); // the whole group: the next run checks those inputs again
                throw e instanceof IOException io ? io : new IOException("无法写入结果库：" + e.getMessage(), e);
            }
        }
        return tx(work);
    }

    /** The check row, replacing any earlier one of the input in the same run; its round follows the previous. */
    private void insertCheck(long run, String input, long resultId, boolean reused, String output, Long outputSize)
            throws SQLException, IOException {
        Check previous = previous(input, run);
        PreparedStatement ins = statement("INSERT OR REPLACE INTO checks(run, input, round, "
                + "result, reused, output, output_size, checked) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", false);
        ins.setLong(1, run);
        ins.setString(2, input);
        ins.setInt(3, previous == null ? 1 : previous.round() + 1);
        ins.setLong(4, resultId);
        ins.setInt(5, reused ? 1 : 0);
        ins.setString(6, output);
        if (outputSize == null) {
            ins.setNull(7, java.sql.Types.INTEGER);
        } else {
            ins.setLong(7, outputSize);
        }
        ins.setString(8, clock.instant().toString());
        ins.executeUpdate();
    }

    /**
     * Records a check that is a run of its own (the hot folder: every file dropped is a round of its name), in one
     * transaction: the run, started and finished now, the result with its findings, the check.
     *
     * @return the run made for it
     */
    public synchronized long recordAlone(String kind, String source, String input, InputKey key, FileResult result,
                                         String output, Long outputSize) throws IOException {
        return tx(() -> {
            long run;
            try (PreparedStatement ins = db.prepareStatement("INSERT INTO runs(kind, source, tool, rules, layouts, "
                    + "started, finished) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                String now = clock.instant().toString();
                ins.setString(1, kind);
                ins.setString(2, source);
                ins.setString(3, key.identity().tool());
                ins.setString(4, key.identity().rules());
                ins.setString(5, key.identity().layouts());
                ins.setString(6, now);
                ins.setString(7, now);
                ins.executeUpdate();
                try (ResultSet keys = ins.getGeneratedKeys()) {
                    keys.next();
                    run = keys.getLong(1);
                }
            }
            insertCheck(run, input, insertResult(key, result), false, output, outputSize);
            return run;
        });
    }

    private long insertResult(InputKey key, FileResult result) throws SQLException {
        long id;
        PreparedStatement ins = statement("INSERT INTO results(sha256, size, tool, rules, layouts, "
                + "status, error_code, forms, errors, warnings, record, crc32c) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", true);
        ins.setString(1, key.sha256());
        ins.setLong(2, key.size());
        ins.setString(3, key.identity().tool());
        ins.setString(4, key.identity().rules());
        ins.setString(5, key.identity().layouts());
        ins.setString(6, result.status().code());
        ins.setString(7, result.error() == null ? null : result.error().code());
        ins.setInt(8, result.forms().size());
        ins.setLong(9, result.count(Severity.ERROR));
        ins.setLong(10, result.count(Severity.WARNING));
        ins.setString(11, StoredResult.of(result).toJson());
        if (key.crc32c() == null) {
            ins.setNull(12, java.sql.Types.INTEGER);
        } else {
            ins.setLong(12, key.crc32c());
        }
        ins.executeUpdate();
        try (ResultSet keys = ins.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        PreparedStatement f = statement("INSERT INTO findings(result, form, sheet, cell, severity, "
                + "code, message) VALUES (?, ?, ?, ?, ?, ?, ?)", false);
        int form = 0;
        for (FormResult fr : result.forms()) {
            for (Finding finding : fr.findings()) {
                f.setLong(1, id);
                f.setInt(2, form);
                f.setString(3, fr.form().sheet());
                f.setString(4, finding.cell());
                f.setString(5, finding.severity().code());
                f.setString(6, finding.code().name());
                f.setString(7, finding.message());
                f.addBatch();
            }
            form++;
        }
        for (Finding finding : result.findings()) { // about the file as a whole: form -1, no sheet
            f.setLong(1, id);
            f.setInt(2, -1);
            f.setString(3, "");
            f.setString(4, finding.cell());
            f.setString(5, finding.severity().code());
            f.setString(6, finding.code().name());
            f.setString(7, finding.message());
            f.addBatch();
        }
        f.executeBatch();
        return id;
    }

    private Check query(String sql, String input, long run) throws IOException {
        try {
            PreparedStatement q = statement(sql, false);
            q.setString(1, input);
            q.setLong(2, run);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Check.read(rs) : null;
            }
        } catch (SQLException e) {
            throw new IOException("无法读取结果库：" + e.getMessage(), e);
        }
    }

    /** The statement of this SQL, prepared at its first use and kept until {@link #close}. */
    private PreparedStatement statement(String sql, boolean generatedKeys) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = generatedKeys ? db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : db.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException, IOException;
    }

    /** Runs the work and commits it with whatever records are pending; on failure rolls all of it back. */
    private <T> T tx(Work<T> work) throws IOException {
        try {
            T value = work.run();
            db.commit();
            pending = 0;
            return value;
        } catch (SQLException | IOException | RuntimeException e) {
            rollback();
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException("无法写入结果库：" + e.getMessage(), e);
        }
    }

    private void rollback() {
        pending = 0;
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: SQLite rolls back on the next open
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            commitPending();
        } finally {
            closeConnection();
        }
    }

    private void closeConnection() throws IOException {
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            db.close();
        } catch (SQLException e) {
            throw new IOException("无法关闭结果库：" + e.getMessage(), e);
        }
    }

    /**
     * One check of an input: the run and round it belongs to, the stored result it points to (and whether that
     * was re-used), the key it was computed for, where its scored copy went, and a failure's code;
     * {@code record} is the result's JSON, or null when read by {@link #latest}, {@link #previousVersion} or
     * {@link #previous} (those decide first whether it is needed).
     */
    public record Check(long id, long run, String input, int round, long result, boolean reused, String output,
                        Long outputSize, String checked, InputKey key, String status, String record,
                        String errorCode) {
        static final String KEY_COLUMNS = "c.id, c.run, c.input, c.round, c.result, c.reused, c.output, "
                + "c.output_size, c.checked, r.sha256, r.size, r.tool, r.rules, r.layouts, r.status, r.crc32c, "
                + "r.error_code, NULL";
        static final String COLUMNS = KEY_COLUMNS.replace("NULL", "r.record");

        static Check read(ResultSet rs) throws SQLException {
            return new Check(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
                    rs.getInt(6) != 0, rs.getString(7), nullableLong(rs, 8), rs.getString(9),
                    new InputKey(rs.getString(10), nullableLong(rs, 16), rs.getLong(11),
                            new Identity(rs.getString(12), rs.getString(13), rs.getString(14))),
                    rs.getString(15), rs.getString(18), rs.getString(17));
        }

        private static Long nullableLong(ResultSet rs, int column) throws SQLException {
            long value = rs.getLong(column);
            return rs.wasNull() ? null : value;
        }

        /** The stored result (parsed from its JSON record); only for checks read with their record. */
        public StoredResult stored() {
            if (record == null) {
                throw new IllegalStateException("check read without its record");
            }
            return StoredResult.fromJson(record);
        }

        public boolean failed() {
            return FileResult.Status.FAILED.code().equals(status);
        }
    }
}
