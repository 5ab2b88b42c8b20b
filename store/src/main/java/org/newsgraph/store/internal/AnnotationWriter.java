package org.newsgraph.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorKind;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Problem;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;

/**
 * Writes the rows of annotations and problems through one connection whose auto-commit is off. The caller owns the
 * transaction: {@link #write} neither commits nor rolls back. Each table gets one statement per article whatever its
 * row count: the columns travel as SQL arrays and {@code unnest} turns them back into rows. DuckDB's per-statement
 * cost (a few hundred microseconds) dominates small writes, and its Appender cannot be used because it commits on its
 * own, outside the article's transaction. Prepared statements are kept for reuse; after any {@link SQLException}
 * the caller must call {@link #reset}, because DuckDB closes a statement that failed. Not thread-safe.
 */
public final class AnnotationWriter implements AutoCloseable {
  /** Joins the texts of an interrupted quote's parts. */
  public static final String QUOTE_PART_SEPARATOR = " … ";

  private static final String INSERT_ARTICLE =
      "INSERT INTO articles (id, external_id, url, outlet, title, published, language, text, source, tokens,"
          + " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
  private static final String SELECT_ACTORS =
      "SELECT id, name, kind, country, sector, cameo, roles, variants, codes FROM actors"
          + " WHERE id IN (SELECT unnest(?::VARCHAR[]))";

  private static final Table ACTORS = new Table("actors", "id VARCHAR", "name VARCHAR", "kind VARCHAR",
      "country VARCHAR", "sector VARCHAR", "cameo VARCHAR", "roles VARCHAR", "variants VARCHAR", "codes VARCHAR");
  private static final Table MENTIONS = new Table("mentions", "article_id VARCHAR", "actor_id VARCHAR",
      "span_start INTEGER", "span_end INTEGER", "text VARCHAR");
  private static final Table PLACES = new Table("places", "article_id VARCHAR", "span_start INTEGER",
      "span_end INTEGER", "text VARCHAR", "geonameid BIGINT", "name VARCHAR", "feature_class VARCHAR",
      "country VARCHAR", "admin1 VARCHAR", "lat DOUBLE", "lon DOUBLE", "confidence DOUBLE");
  private static final Table TIMES = new Table("times", "article_id VARCHAR", "span_start INTEGER",
      "span_end INTEGER", "text VARCHAR", "value VARCHAR", "type VARCHAR", "anchor VARCHAR", "granularity VARCHAR");
  private static final Table QUOTES = new Table("quotes", "article_id VARCHAR", "quote_index INTEGER",
      "direct BOOLEAN", "content_start INTEGER", "content_end INTEGER", "content_text VARCHAR",
      "content_spans VARCHAR", "speaker_id VARCHAR", "speaker_start INTEGER", "speaker_end INTEGER",
      "speaker_text VARCHAR", "cue VARCHAR", "cue_start INTEGER", "cue_end INTEGER", "channel VARCHAR",
      "reported_by VARCHAR", "statement_date VARCHAR");
  private static final Table EVENTS = new Table("events", "article_id VARCHAR", "event_index INTEGER",
      "plover VARCHAR", "mode VARCHAR", "cameo VARCHAR", "place BIGINT", "date VARCHAR", "negated BOOLEAN",
      "hypothetical BOOLEAN", "attributed_to VARCHAR", "confidence DOUBLE", "evidence_start INTEGER",
      "evidence_end INTEGER", "evidence_text VARCHAR");
  private static final Table EVENT_ACTORS = new Table("event_actors", "article_id VARCHAR", "event_index INTEGER",
      "actor_id VARCHAR", "role VARCHAR");
  private static final Table PROBLEMS = new Table("problems", "source VARCHAR", "article_id VARCHAR",
      "stage VARCHAR", "message VARCHAR", "recorded_at TIMESTAMP");

  private static final String UPDATE_ACTORS =
      "UPDATE actors SET name = u.name, kind = u.kind, country = u.country, sector = u.sector, cameo = u.cameo, roles = u.roles,"
          + " variants = u.variants, codes = u.codes FROM (" + ACTORS.select() + ") AS u WHERE actors.id = u.id";

  /**
   * A table written by unnesting one array parameter per column. TIMESTAMP columns travel as ISO text, since the
   * driver's arrays hold no date-times.
   */
  private record Table(String name, String[] columns, String[] types) {
    Table(String name, String... columnsAndTypes) {
      this(name, new String[columnsAndTypes.length], new String[columnsAndTypes.length]);
      for (int i = 0; i < columnsAndTypes.length; i++) {
        String[] parts = columnsAndTypes[i].split(" ");
        columns[i] = parts[0];
        types[i] = parts[1];
      }
    }

    String select() {
      StringBuilder sql = new StringBuilder("SELECT ");
      for (int i = 0; i < columns.length; i++) {
        sql.append(i == 0 ? "" : ", ");
        if (types[i].equals("TIMESTAMP")) {
          sql.append("CAST(unnest(?::VARCHAR[]) AS TIMESTAMP)");
        } else {
          sql.append("unnest(?::").append(types[i]).append("[])");
        }
        sql.append(" AS ").append(columns[i]);
      }
      return sql.toString();
    }

    String insert() {
      return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") " + select();
    }

    String arrayType(int column) {
      return types[column].equals("TIMESTAMP") ? "VARCHAR" : types[column];
    }
  }

  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  public AnnotationWriter(Connection connection) {
    this.connection = connection;
  }

  /**
   * Inserts the article and all its rows and upserts its actors, unless an article with its id is stored.
   *
   * @return false, having written nothing, when the article id is already stored
   */
  public boolean write(Annotation annotation) throws SQLException {
    Article article = annotation.article();
    String id = article.id();
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);

    PreparedStatement ps = statement(INSERT_ARTICLE);
    ps.setString(1, id);
    ps.setString(2, article.externalId());
    ps.setString(3, article.url());
    ps.setString(4, article.outlet());
    ps.setString(5, article.title());
    ps.setObject(6, article.published());
    ps.setString(7, article.language());
    ps.setString(8, article.text());
    ps.setString(9, article.source());
    ps.setInt(10, annotation.tokens());
    ps.setObject(11, now);
    if (ps.executeUpdate() == 0) {
      return false;
    }

    upsertActors(annotation.actors().actors());

    List<Object[]> rows = new ArrayList<>();
    for (Mention m : annotation.actors().mentions()) {
      rows.add(new Object[] {id, m.actorId(), m.span().start(), m.span().end(), m.span().text()});
    }
    insert(MENTIONS, rows);

    rows = new ArrayList<>();
    for (Place p : annotation.places()) {
      rows.add(new Object[] {id, p.span().start(), p.span().end(), p.span().text(), p.geonameId(), p.name(),
          p.featureClass(), p.country(), p.admin1(), p.lat(), p.lon(), p.confidence()});
    }
    insert(PLACES, rows);

    rows = new ArrayList<>();
    for (TimeValue t : annotation.times()) {
      rows.add(new Object[] {id, t.span().start(), t.span().end(), t.span().text(), t.value(), t.type().name(),
          t.anchor(), t.granularity()});
    }
    insert(TIMES, rows);

    rows = new ArrayList<>();
    int index = 0;
    for (Quote q : annotation.quotes()) {
      rows.add(quoteRow(id, index++, q));
    }
    insert(QUOTES, rows);

    rows = new ArrayList<>();
    List<Object[]> eventActors = new ArrayList<>();
    index = 0;
    for (Event e : annotation.events()) {
      rows.add(new Object[] {id, index, e.plover(), e.mode(), e.cameo(), e.place(), e.date(), e.negated(),
          e.hypothetical(), e.attributedTo(), e.confidence(), e.evidence().start(), e.evidence().end(),
          e.evidence().text()});
      for (String actorId : new LinkedHashSet<>(e.source())) {
        eventActors.add(new Object[] {id, index, actorId, "source"});
      }
      for (String actorId : new LinkedHashSet<>(e.target())) {
        eventActors.add(new Object[] {id, index, actorId, "target"});
      }
      index++;
    }
    insert(EVENTS, rows);
    insert(EVENT_ACTORS, eventActors);

    List<Problem> problems = new ArrayList<>();
    for (Problem p : annotation.problems()) {
      problems.add(p.articleId() == null ? new Problem(p.source(), id, p.stage(), p.message()) : p);
    }
    insertProblems(problems, now);
    return true;
  }

  /** Inserts problems that belong to no stored article. */
  public void writeProblems(List<Problem> problems) throws SQLException {
    insertProblems(problems, LocalDateTime.now(ZoneOffset.UTC));
  }

  private void insertProblems(List<Problem> problems, LocalDateTime now) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (Problem p : problems) {
      rows.add(new Object[] {p.source(), p.articleId(), p.stage(), p.message(), now.toString()});
    }
    insert(PROBLEMS, rows);
  }

  private static Object[] quoteRow(String articleId, int index, Quote q) {
    List<Span> parts = q.content();
    List<String> texts = new ArrayList<>();
    List<Map<String, Object>> spans = new ArrayList<>();
    for (Span s : parts) {
      texts.add(s.text());
      Map<String, Object> span = new LinkedHashMap<>();
      span.put("start", s.start());
      span.put("end", s.end());
      span.put("text", s.text());
      spans.add(span);
    }
    Span speaker = q.speakerMention();
    Span cue = q.cue();
    return new Object[] {articleId, index, q.direct(), parts.get(0).start(), parts.get(parts.size() - 1).end(),
        String.join(QUOTE_PART_SEPARATOR, texts), Json.write(spans), q.speakerId(),
        speaker == null ? null : speaker.start(), speaker == null ? null : speaker.end(),
        speaker == null ? null : speaker.text(), cue == null ? null : cue.text(),
        cue == null ? null : cue.start(), cue == null ? null : cue.end(), q.channel(), Json.write(q.reportedBy()),
        q.date()};
  }

  private void upsertActors(List<Actor> actors) throws SQLException {
    if (actors.isEmpty()) {
      return;
    }
    // One article may list an actor twice; merge those first so that each id is read and written once.
    Map<String, Actor> seen = new LinkedHashMap<>();
    for (Actor a : actors) {
      seen.merge(a.id(), a, AnnotationWriter::merge);
    }
    Map<String, Actor> stored = readActors(seen.keySet());
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    for (Actor actor : seen.values()) {
      Actor old = stored.get(actor.id());
      if (old == null) {
        inserts.add(actorRow(normalized(new Actor(actor.id(), actor.name(), actor.kind(), actor.country(),
            actor.sector(), actor.codes(), actor.roles(), variantsWithName(actor)))));
      } else {
        Actor merged = merge(old, actor);
        if (!merged.equals(old)) {
          updates.add(actorRow(merged));
        }
      }
    }
    insert(ACTORS, inserts);
    if (!updates.isEmpty()) {
      execute(UPDATE_ACTORS, ACTORS, updates);
    }
  }

  private static Object[] actorRow(Actor a) {
    return new Object[] {a.id(), a.name(), a.kind().label(), a.country(), a.sector(), a.codes().get("cameo"),
        Json.write(a.roles()), Json.write(a.variants()), Json.write(new TreeMap<>(a.codes()))};
  }

  private static List<String> variantsWithName(Actor actor) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(actor.name());
    variants.addAll(actor.variants());
    return List.copyOf(variants);
  }

  /**
   * The stored actor with what {@code seen} adds. The result does not depend on the order in which articles are
   * stored (a rerun after a crash stores them in another order than an uninterrupted run): variants and roles are
   * kept sorted (the name first among the variants), and where the two disagree on the name, a code, the kind, the
   * country or the sector, the one that sorts first wins.
   */
  static Actor merge(Actor stored, Actor seen) {
    String name = first(stored.name(), seen.name());
    Set<String> roles = new java.util.TreeSet<>(stored.roles());
    roles.addAll(seen.roles());
    Set<String> variants = new java.util.TreeSet<>(variantsWithName(stored));
    variants.addAll(variantsWithName(seen));
    Map<String, String> codes = new TreeMap<>(seen.codes());
    stored.codes().forEach((scheme, code) -> codes.merge(scheme, code, AnnotationWriter::first));
    ActorKind kind = stored.kind() == ActorKind.UNKNOWN ? seen.kind()
        : seen.kind() == ActorKind.UNKNOWN ? stored.kind()
        : stored.kind().compareTo(seen.kind()) <= 0 ? stored.kind() : seen.kind();
    return normalized(new Actor(stored.id(), name, kind, first(stored.country(), seen.country()),
        first(stored.sector(), seen.sector()), codes, List.copyOf(roles), List.copyOf(variants)));
  }

  /** An actor as stored: roles sorted, variants sorted after the name. */
  static Actor normalized(Actor a) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(a.name());
    variants.addAll(new java.util.TreeSet<>(a.variants()));
    return new Actor(a.id(), a.name(), a.kind(), a.country(), a.sector(), a.codes(),
        List.copyOf(new java.util.TreeSet<>(a.roles())), List.copyOf(variants));
  }

  /** The non-null one of two values, or the one that sorts first. */
  private static String first(String a, String b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  private Map<String, Actor> readActors(Set<String> ids) throws SQLException {
    PreparedStatement ps = statement(SELECT_ACTORS);
    ps.setArray(1, connection.createArrayOf("VARCHAR", ids.toArray()));
    Map<String, Actor> actors = new HashMap<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString("id");
        Map<String, String> codes = new TreeMap<>(Json.stringMap(rs.getString("codes")));
        String cameo = rs.getString("cameo");
        if (cameo != null) {
          codes.putIfAbsent("cameo", cameo);
        }
        actors.put(id, new Actor(id, rs.getString("name"), ActorKind.fromLabel(rs.getString("kind")),
            rs.getString("country"), rs.getString("sector"), codes,
            Json.stringList(rs.getString("roles")), Json.stringList(rs.getString("variants"))));
      }
    }
    return actors;
  }

  private void insert(Table table, List<Object[]> rows) throws SQLException {
    if (!rows.isEmpty()) {
      execute(table.insert(), table, rows);
    }
  }

  /** Runs {@code sql}, whose parameters are the columns of {@code table}, with one array per column. */
  private void execute(String sql, Table table, List<Object[]> rows) throws SQLException {
    PreparedStatement ps = statement(sql);
    int columns = table.columns().length;
    for (int c = 0; c < columns; c++) {
      Object[] values = new Object[rows.size()];
      for (int r = 0; r < values.length; r++) {
        values[r] = rows.get(r)[c];
      }
      ps.setArray(c + 1, connection.createArrayOf(table.arrayType(c), values));
    }
    ps.executeUpdate();
  }

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null || ps.isClosed()) {
      ps = connection.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  /** Drops every prepared statement; the next write prepares fresh ones. Call after any SQLException. */
  public void reset() {
    for (PreparedStatement ps : statements.values()) {
      try {
        ps.close();
      } catch (SQLException ignored) {
        // a statement that failed is already closed; nothing else to release
      }
    }
    statements.clear();
  }

  @Override
  public void close() {
    reset();
  }
}
