package org.newsgraph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.Problem;
import org.newsgraph.store.internal.AnnotationWriter;
import org.newsgraph.store.internal.Rows;
import org.newsgraph.store.internal.Schema;
import org.newsgraph.store.internal.TextIndex;

/**
 * The embedded store in one data folder: DuckDB tables in {@code newsgraph.duckdb} and a Lucene index in
 * {@code lucene/}. One process writes a folder at a time ({@code newsgraph.lock} and DuckDB's own file lock enforce
 * it); several read-only stores may share a folder nobody writes.
 *
 * <p>Writes ({@link #save}, {@link #recordProblem}) are serialised on one DuckDB connection; each article is one
 * transaction, so a crash leaves either all of its rows or none. The article is added to Lucene after its commit;
 * documents a crash kept out of Lucene are re-added from DuckDB when the folder is next opened for writing.
 * Reads run on a second connection to the same database, so they neither wait for nor see an unfinished write.
 * All methods are thread-safe. Query results are maps of plain values (strings, numbers, booleans, lists, maps;
 * dates as ISO strings) ready for a JSON writer. Every user value is bound as a parameter, never spliced into SQL.
 */
public final class Store implements AutoCloseable {
  /** The DuckDB file in a data folder. */
  public static final String DATABASE_FILE = "newsgraph.duckdb";
  /** The Lucene index folder in a data folder. */
  public static final String INDEX_FOLDER = "lucene";
  /** The file whose OS lock marks the folder's single writer. */
  public static final String LOCK_FILE = "newsgraph.lock";
  /** The largest page any query returns. */
  public static final int MAX_LIMIT = 1000;

  private final Path dataDir;
  private final boolean readOnly;
  /** Holds the OS lock on {@link #LOCK_FILE} until closed; null when read-only. */
  private final FileChannel lockChannel;
  private final Connection writeConnection;
  private final Connection readConnection;
  private final AnnotationWriter writer;
  private final TextIndex index;
  private final Object writeLock = new Object();
  private final Object readLock = new Object();
  /** The SQL for a quote's date: the day its text gives, else its article's publication date. */
  private final String quoteDate;
  private volatile boolean closed;

  private Store(Path dataDir, boolean readOnly, FileChannel lockChannel, Connection writeConnection, Connection readConnection, TextIndex index) {
    this.dataDir = dataDir;
    this.readOnly = readOnly;
    this.lockChannel = lockChannel;
    this.writeConnection = writeConnection;
    this.readConnection = readConnection;
    this.writer = writeConnection == null ? null : new AnnotationWriter(writeConnection);
    this.index = index;
    this.quoteDate = Schema.hasColumn(readConnection, "quotes", "statement_date")
        ? "coalesce(TRY_CAST(substr(q.statement_date, 1, 10) AS DATE), a.published)" : "a.published";
  }

  /**
   * Opens the store in {@code dataDir} for reading and writing, creating the folder, the tables and the index where
   * they are missing, and re-adding to the index any stored article a crash kept out of it.
   *
   * @throws StoreException if the folder cannot be created or written, or another process (or another open store
   *     in this JVM) has it open for writing
   */
  public static Store open(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException(dir, "cannot open store at " + dir + ": it is a file, not a folder");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException(dir, "cannot create store folder " + dir + ": " + e, e);
    }
    if (!Files.isWritable(dir)) {
      throw new StoreException(dir, "cannot open store at " + dir + " for writing: the folder is not writable");
    }
    FileChannel channel = null;
    FileLock lock;
    try {
      channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw new StoreException(dir, "store at " + dir + " is already open for writing in this process", e);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StoreException(dir, "cannot lock store at " + dir + ": " + e, e);
    }
    if (lock == null) {
      closeQuietly(channel);
      throw new StoreException(dir, "store at " + dir + " is locked by another process that has it open for"
          + " writing; stop that process (or use its server) first");
    }
    Connection write = null;
    Connection read = null;
    TextIndex index = null;
    try {
      write = connect(dir, false);
      write.setAutoCommit(false);
      Schema.create(write);
      read = write.unwrap(DuckDBConnection.class).duplicate();
      read.setAutoCommit(true);
      index = TextIndex.openWritable(dir.resolve(INDEX_FOLDER));
      Store store = new Store(dir, false, channel, write, read, index);
      store.repairIndex();
      return store;
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(index);
      closeQuietly(read);
      closeQuietly(write);
      closeQuietly(channel);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException(dir, describeOpenFailure(dir, e), e);
    }
  }

  /**
   * Opens an existing store for the queries, search and export; {@link #save} and {@link #recordProblem} throw.
   *
   * @throws StoreException if {@code dataDir} holds no store, or a writer in another process holds it
   */
  public static Store openReadOnly(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new StoreException(dir, "no newsgraph store at " + dir + ": the folder does not exist");
    }
    if (!Files.isRegularFile(dir.resolve(DATABASE_FILE))) {
      throw new StoreException(dir, "no newsgraph store at " + dir + ": " + DATABASE_FILE + " is missing");
    }
    Connection read = null;
    TextIndex index = null;
    try {
      if (!TextIndex.exists(dir.resolve(INDEX_FOLDER))) {
        throw new StoreException(dir, "store at " + dir + " has no text index in " + INDEX_FOLDER
            + "/; open it for writing once to rebuild the index");
      }
      read = connect(dir, true);
      read.setAutoCommit(true);
      index = TextIndex.openReadOnly(dir.resolve(INDEX_FOLDER));
      return new Store(dir, true, null, null, read, index);
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(index);
      closeQuietly(read);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException(dir, describeOpenFailure(dir, e), e);
    }
  }

  private static Connection connect(Path dir, boolean readOnly) throws SQLException {
    Properties properties = new Properties();
    // Nothing may be downloaded: parquet and json are built in, and text search is Lucene's job.
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    if (readOnly) {
      properties.setProperty("duckdb.read_only", "true");
    }
    return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DATABASE_FILE), properties);
  }

  private static String describeOpenFailure(Path dir, Exception e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Could not set lock") || e instanceof org.apache.lucene.store.LockObtainFailedException) {
      return "store at " + dir + " is locked by another process that has it open for writing: " + message;
    }
    return "cannot open store at " + dir + ": " + message;
  }

  /** The data folder, absolute. */
  public Path dataDir() {
    return dataDir;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  /** Whether an article with this id is stored. */
  public boolean contains(String articleId) {
    return !read("contains " + articleId,
        () -> Rows.query(readConnection, "SELECT 1 AS found FROM articles WHERE id = ?", articleId)).isEmpty();
  }

  /**
   * Stores an article and everything found in it in one DuckDB transaction, then adds it to the text index. Actors
   * are upserted: an actor already stored keeps its name and gains the new variants, roles and codes. Saving an
   * article id that is already stored writes nothing. A few milliseconds for an article of some 50 rows.
   *
   * @throws StoreException naming the article if the database refuses the rows; nothing of it is then stored
   */
  public SaveResult save(Annotation annotation) {
    Article article = annotation.article();
    synchronized (writeLock) {
      checkWritable();
      try {
        if (!writer.write(annotation)) {
          writeConnection.rollback();
          return SaveResult.ALREADY_PRESENT;
        }
        writeConnection.commit();
      } catch (SQLException | RuntimeException e) {
        rollback();
        throw new StoreException(dataDir, article.id(),
            "cannot store article " + article.id() + " (" + article.source() + ") in " + dataDir + ": "
                + e.getMessage(), e);
      }
      try {
        index.add(article.id(), article.title(), article.outlet(), article.published(), article.text());
      } catch (IOException | RuntimeException e) {
        throw new StoreException(dataDir, article.id(), "article " + article.id() + " is stored but not indexed"
            + " in " + dataDir.resolve(INDEX_FOLDER) + " (it is indexed when the store is next opened): " + e, e);
      }
      return SaveResult.STORED;
    }
  }

  /** Records a problem that belongs to no stored article, such as an unreadable file. */
  public void recordProblem(Problem problem) {
    synchronized (writeLock) {
      checkWritable();
      try {
        writer.writeProblems(List.of(problem));
        writeConnection.commit();
      } catch (SQLException | RuntimeException e) {
        rollback();
        throw new StoreException(dataDir, problem.articleId(),
            "cannot record problem '" + problem.describe() + "' in " + dataDir + ": " + e.getMessage(), e);
      }
    }
  }

  private void rollback() {
    writer.reset();
    try {
      writeConnection.rollback();
    } catch (SQLException ignored) {
      // the transaction is already gone; the next statement starts a fresh one
    }
  }

  /** Row count of every table, in {@link Schema#TABLES} order. */
  public Map<String, Long> counts() {
    return read("counts", () -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      inSnapshot(() -> {
        try (Statement statement = readConnection.createStatement()) {
          for (String table : Schema.TABLES) {
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + Schema.checkTable(table))) {
              rs.next();
              counts.put(table, rs.getLong(1));
            }
          }
        }
      });
      return counts;
    });
  }

  /** A page of articles without their text, newest first. */
  public List<Map<String, Object>> articles(ArticleQuery q) {
    StringBuilder sql = new StringBuilder(
        "SELECT id, title, outlet, published, url, language, tokens FROM articles WHERE true");
    List<Object> params = new ArrayList<>();
    if (q.outlet() != null) {
      sql.append(" AND outlet = ?");
      params.add(q.outlet());
    }
    dateRange(sql, params, "published", q.from(), q.to());
    sql.append(" ORDER BY published DESC NULLS LAST, id");
    page(sql, params, q.limit(), q.offset());
    return read("articles " + q, () -> Rows.query(readConnection, sql.toString(), params));
  }

  /**
   * One article with its text and everything found in it: lists {@code actors} (each with its {@code mentions} in
   * this article), {@code places}, {@code times}, {@code quotes}, {@code events} (with {@code source} and
   * {@code target} actor ids) and {@code problems}.
   */
  public Optional<Map<String, Object>> article(String id) {
    return read("article " + id, () -> {
      Map<String, Object> result = new LinkedHashMap<>();
      boolean[] found = {false};
      inSnapshot(() -> {
        List<Map<String, Object>> rows = Rows.query(readConnection, "SELECT * FROM articles WHERE id = ?", id);
        if (rows.isEmpty()) {
          return;
        }
        found[0] = true;
        result.putAll(rows.get(0));
        List<Map<String, Object>> actors = Rows.query(readConnection,
            "SELECT id, name, kind, country, sector, cameo, roles, variants, codes FROM actors WHERE id IN ("
                + " SELECT actor_id FROM mentions WHERE article_id = ?"
                + " UNION SELECT actor_id FROM event_actors WHERE article_id = ?"
                + " UNION SELECT speaker_id FROM quotes WHERE article_id = ?) ORDER BY name, id",
            id, id, id);
        Map<Object, List<Map<String, Object>>> mentionsByActor = new HashMap<>();
        for (Map<String, Object> m : Rows.query(readConnection,
            "SELECT actor_id, span_start, span_end, text FROM mentions WHERE article_id = ?"
                + " ORDER BY span_start, span_end, actor_id", id)) {
          mentionsByActor.computeIfAbsent(m.remove("actor_id"), k -> new ArrayList<>()).add(m);
        }
        for (Map<String, Object> actor : actors) {
          actor.put("mentions", mentionsByActor.getOrDefault(actor.get("id"), List.of()));
        }
        result.put("actors", actors);
        result.put("places", Rows.query(readConnection,
            "SELECT * EXCLUDE (article_id) FROM places WHERE article_id = ? ORDER BY span_start, span_end", id));
        result.put("times", Rows.query(readConnection,
            "SELECT * EXCLUDE (article_id) FROM times WHERE article_id = ? ORDER BY span_start, span_end", id));
        result.put("quotes", Rows.query(readConnection,
            "SELECT q.* EXCLUDE (article_id), s.name AS speaker_name FROM quotes q"
                + " LEFT JOIN actors s ON s.id = q.speaker_id WHERE q.article_id = ? ORDER BY q.quote_index", id));
        result.put("events", Rows.query(readConnection,
            "SELECT e.* EXCLUDE (article_id), " + EVENT_ACTOR_LISTS
                + " FROM events e WHERE e.article_id = ? ORDER BY e.event_index", id));
        result.put("problems", Rows.query(readConnection,
            "SELECT source, stage, message, recorded_at FROM problems WHERE article_id = ?"
                + " ORDER BY recorded_at, stage", id));
      });
      return found[0] ? Optional.of(result) : Optional.empty();
    });
  }

  private static final String EVENT_ACTOR_LISTS =
      "(SELECT coalesce(list(x.actor_id ORDER BY x.actor_id), []) FROM event_actors x"
          + " WHERE x.article_id = e.article_id AND x.event_index = e.event_index AND x.role = 'source') AS source,"
          + " (SELECT coalesce(list(x.actor_id ORDER BY x.actor_id), []) FROM event_actors x"
          + " WHERE x.article_id = e.article_id AND x.event_index = e.event_index AND x.role = 'target') AS target";

  /**
   * A page of actors with their {@code mentions} and {@code articles} counts, most mentioned first.
   *
   * @param nameContains only actors whose name or a name variant contains this, case-insensitively; null for all
   */
  public List<Map<String, Object>> actors(String nameContains, int limit, int offset) {
    StringBuilder sql = new StringBuilder(
        "SELECT a.id, a.name, a.kind, a.country, a.sector, a.cameo, a.roles, a.variants,"
            + " coalesce(m.mentions, 0) AS mentions, coalesce(m.articles, 0) AS articles FROM actors a"
            + " LEFT JOIN (SELECT actor_id, count(*) AS mentions, count(DISTINCT article_id) AS articles"
            + " FROM mentions GROUP BY actor_id) m ON m.actor_id = a.id WHERE true");
    List<Object> params = new ArrayList<>();
    if (nameContains != null && !nameContains.isEmpty()) {
      sql.append(" AND (contains(lower(a.name), lower(?)) OR len(list_filter(from_json(a.variants, '[\"VARCHAR\"]'),"
          + " v -> contains(lower(v), lower(?)))) > 0)");
      params.add(nameContains);
      params.add(nameContains);
    }
    sql.append(" ORDER BY mentions DESC, a.name, a.id");
    page(sql, params, limit, offset);
    return read("actors matching " + nameContains, () -> Rows.query(readConnection, sql.toString(), params));
  }

  /**
   * One actor with its variants, roles, codes, total {@code mentions}, and {@code articles}: the (at most
   * {@value #MAX_LIMIT} newest) articles that mention it, each with its {@code mentions} count there.
   */
  public Optional<Map<String, Object>> actor(String id) {
    return read("actor " + id, () -> {
      Map<String, Object> result = new LinkedHashMap<>();
      inSnapshot(() -> {
        List<Map<String, Object>> rows = Rows.query(readConnection, "SELECT * FROM actors WHERE id = ?", id);
        if (rows.isEmpty()) {
          return;
        }
        result.putAll(rows.get(0));
        result.put("mentions", Rows.query(readConnection,
            "SELECT count(*) AS n FROM mentions WHERE actor_id = ?", id).get(0).get("n"));
        result.put("articles", Rows.query(readConnection,
            "SELECT m.article_id, a.title, a.outlet, a.published, count(*) AS mentions FROM mentions m"
                + " JOIN articles a ON a.id = m.article_id WHERE m.actor_id = ?"
                + " GROUP BY m.article_id, a.title, a.outlet, a.published"
                + " ORDER BY a.published DESC NULLS LAST, m.article_id LIMIT " + MAX_LIMIT, id));
      });
      return result.isEmpty() ? Optional.empty() : Optional.of(result);
    });
  }

  /**
   * A page of quotes with their {@code date} (the day the text gives for the statement, else the article's
   * publication date), the article's {@code published} date, title and outlet, and the speaker's name.
   */
  public List<Map<String, Object>> quotes(QuoteQuery q) {
    StringBuilder sql = new StringBuilder(
        "SELECT q.*, " + quoteDate + " AS date, a.published, a.title AS article_title, a.outlet,"
            + " s.name AS speaker_name"
            + " FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_id"
            + " WHERE true");
    List<Object> params = new ArrayList<>();
    if (q.speakerId() != null) {
      sql.append(" AND q.speaker_id = ?");
      params.add(q.speakerId());
    }
    if (q.textContains() != null && !q.textContains().isEmpty()) {
      sql.append(" AND contains(lower(q.content_text), lower(?))");
      params.add(q.textContains());
    }
    dateRange(sql, params, quoteDate, q.from(), q.to());
    sql.append(" ORDER BY date DESC NULLS LAST, q.article_id, q.quote_index");
    page(sql, params, q.limit(), q.offset());
    return read("quotes " + q, () -> Rows.query(readConnection, sql.toString(), params));
  }

  /** A page of events with {@code source} and {@code target} actor ids and their article's date, title, outlet. */
  public List<Map<String, Object>> events(EventQuery q) {
    StringBuilder sql = new StringBuilder("SELECT e.*, " + EVENT_ACTOR_LISTS
        + ", a.published AS published, a.title AS article_title, a.outlet FROM events e"
        + " JOIN articles a ON a.id = e.article_id WHERE true");
    List<Object> params = new ArrayList<>();
    if (q.actorId() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM event_actors y WHERE y.article_id = e.article_id"
          + " AND y.event_index = e.event_index AND y.actor_id = ?)");
      params.add(q.actorId());
    }
    if (q.plover() != null) {
      sql.append(" AND upper(e.plover) = upper(?)");
      params.add(q.plover());
    }
    dateRange(sql, params, "a.published", q.from(), q.to());
    sql.append(" ORDER BY a.published DESC NULLS LAST, e.article_id, e.event_index");
    page(sql, params, q.limit(), q.offset());
    return read("events " + q, () -> Rows.query(readConnection, sql.toString(), params));
  }

  /** A page of recorded problems, newest first. */
  public List<Map<String, Object>> problems(int limit, int offset) {
    StringBuilder sql = new StringBuilder(
        "SELECT source, article_id, stage, message, recorded_at FROM problems ORDER BY recorded_at DESC, rowid DESC");
    List<Object> params = new ArrayList<>();
    page(sql, params, limit, offset);
    return read("problems", () -> Rows.query(readConnection, sql.toString(), params));
  }

  /**
   * Full-text search of titles and texts in Lucene's classic query syntax ({@code kabul AND "foreign minister"},
   * {@code title:taliban}); all words are required unless the query says otherwise. Syntax errors are not
   * reported: such input is searched as literal words, and input with no searchable word finds nothing.
   *
   * @param limit clamped to [1, 1000]
   */
  public List<SearchHit> search(String query, int limit) {
    checkOpen();
    TextIndex.Found found;
    try {
      found = index.search(query, clamp(limit));
    } catch (IOException | RuntimeException e) {
      throw new StoreException(dataDir, "search for '" + query + "' failed in " + dataDir + ": " + e, e);
    }
    if (found.hits().isEmpty()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (TextIndex.Hit hit : found.hits()) {
      ids.add(hit.articleId());
    }
    Map<String, String> texts = read("texts of search hits", () -> {
      Map<String, String> byId = new HashMap<>();
      String placeholders = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
      for (Map<String, Object> row : Rows.query(readConnection,
          "SELECT id, text FROM articles WHERE id IN (" + placeholders + ")", ids)) {
        byId.put((String) row.get("id"), (String) row.get("text"));
      }
      return byId;
    });
    List<SearchHit> hits = new ArrayList<>();
    for (TextIndex.Hit hit : found.hits()) {
      String snippet;
      try {
        snippet = index.snippet(texts.get(hit.articleId()), found.query());
      } catch (IOException e) {
        snippet = "";
      }
      hits.add(new SearchHit(hit.articleId(), hit.title(), hit.score(), snippet));
    }
    return hits;
  }

  /**
   * Writes every table to {@code outDir/<table>.<extension>} from one consistent snapshot, replacing files of the
   * same name, and creates {@code outDir} if needed.
   *
   * @return the files written, in {@link Schema#TABLES} order
   */
  public List<Path> export(ExportFormat format, Path outDir) {
    Path dir = outDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException(dataDir, "cannot create export folder " + dir + ": " + e, e);
    }
    List<Path> files = new ArrayList<>();
    read("export to " + dir, () -> {
      inSnapshot(() -> {
        try (Statement statement = readConnection.createStatement()) {
          for (String table : Schema.TABLES) {
            Path file = dir.resolve(table + "." + format.extension());
            // COPY takes no bound file name; a doubled quote is the SQL literal's only escape.
            statement.execute("COPY " + Schema.checkTable(table) + " TO " + sqlLiteral(file.toString())
                + " (" + format.copyOptions() + ")");
            files.add(file);
          }
        }
      });
      return null;
    });
    return files;
  }

  static String sqlLiteral(String value) {
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("path contains a NUL character: " + value);
    }
    return "'" + value.replace("'", "''") + "'";
  }

  /** Commits the text index and releases the folder. Idempotent. */
  @Override
  public void close() {
    synchronized (writeLock) {
      synchronized (readLock) {
        if (closed) {
          return;
        }
        closed = true;
        StoreException failure = null;
        try {
          index.close();
        } catch (IOException | RuntimeException e) {
          failure = new StoreException(dataDir, "cannot close text index of " + dataDir + ": " + e, e);
        }
        if (writer != null) {
          writer.close();
        }
        closeQuietly(readConnection);
        closeQuietly(writeConnection);
        closeQuietly(lockChannel); // releases the lock
        if (failure != null) {
          throw failure;
        }
      }
    }
  }

  /**
   * Makes the text index hold exactly the stored articles. Documents are added only after their article commits,
   * so the index can only be short (a crash before a Lucene commit); equal counts mean nothing is missing.
   */
  private void repairIndex() throws SQLException, IOException {
    long stored;
    try (Statement statement = readConnection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      stored = rs.getLong(1);
    }
    if (stored == index.size()) {
      return;
    }
    Set<String> indexed = index.ids();
    Set<String> inDatabase = new HashSet<>();
    try (Statement statement = readConnection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT id, title, outlet, published, text FROM articles")) {
      while (rs.next()) {
        String id = rs.getString(1);
        inDatabase.add(id);
        if (!indexed.contains(id)) {
          index.add(id, rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5));
        }
      }
    }
    for (String id : indexed) {
      if (!inDatabase.contains(id)) {
        index.delete(id);
      }
    }
    index.commit();
  }

  private static void dateRange(StringBuilder sql, List<Object> params, String column, LocalDate from, LocalDate to) {
    if (from != null) {
      sql.append(" AND ").append(column).append(" >= ?");
      params.add(from);
    }
    if (to != null) {
      sql.append(" AND ").append(column).append(" <= ?");
      params.add(to);
    }
  }

  private static void page(StringBuilder sql, List<Object> params, int limit, int offset) {
    sql.append(" LIMIT ? OFFSET ?");
    params.add(clamp(limit));
    params.add(Math.max(0, offset));
  }

  static int clamp(int limit) {
    return Math.max(1, Math.min(MAX_LIMIT, limit));
  }

  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  @FunctionalInterface
  private interface SqlAction {
    void run() throws SQLException;
  }

  private <T> T read(String what, SqlWork<T> work) {
    synchronized (readLock) {
      checkOpen();
      try {
        return work.run();
      } catch (SQLException | RuntimeException e) {
        if (e instanceof StoreException se) {
          throw se;
        }
        throw new StoreException(dataDir, "query failed (" + what + ") in " + dataDir + ": " + e.getMessage(), e);
      }
    }
  }

  /** Runs {@code action} in one read transaction so that its queries see the same snapshot. */
  private void inSnapshot(SqlAction action) throws SQLException {
    readConnection.setAutoCommit(false);
    try {
      action.run();
      readConnection.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        readConnection.rollback();
      } catch (SQLException ignored) {
        // already rolled back by the failure
      }
      throw e;
    } finally {
      readConnection.setAutoCommit(true);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("store at " + dataDir + " is closed");
    }
  }

  private void checkWritable() {
    checkOpen();
    if (readOnly) {
      throw new IllegalStateException("store at " + dataDir + " is open read-only");
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception ignored) {
      // closing after a failure; the original failure is what the caller needs
    }
  }
}
