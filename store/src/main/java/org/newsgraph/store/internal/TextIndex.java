package org.newsgraph.store.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The Lucene full-text index of article titles and texts. Documents: {@code id} (exact, stored), {@code title}
 * (analysed, stored), {@code outlet} (exact, stored), {@code published} (ISO date, stored), {@code text} (title and
 * text, analysed, not stored: snippets are cut from the DuckDB copy; the default search field). Writable instances commit every {@link #COMMIT_EVERY} added
 * documents and on {@link #close}; a crash loses at most the uncommitted ones, which the store re-adds on open.
 * Thread-safe.
 */
public final class TextIndex implements Closeable {
  public static final int COMMIT_EVERY = 100;

  private static final String ID = "id";
  private static final String TITLE = "title";
  private static final String OUTLET = "outlet";
  private static final String PUBLISHED = "published";
  private static final String TEXT = "text";
  private static final int SNIPPET_BEFORE = 80;
  private static final int SNIPPET_AFTER = 160;
  /** Snippets look for a match only this far into a text, so one huge article cannot stall a search. */
  private static final int SNIPPET_SCAN_LIMIT = 200_000;

  private final Directory directory;
  private final Analyzer analyzer = new StandardAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private int uncommitted;

  private TextIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /** Opens or creates the index in {@code folder} for writing; takes Lucene's write lock. */
  public static TextIndex openWritable(Path folder) throws IOException {
    Directory directory = FSDirectory.open(folder);
    try {
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      IndexWriter writer = new IndexWriter(directory, config);
      try {
        writer.commit(); // so that a fresh store has an index that read-only opens find
        return new TextIndex(directory, writer, new SearcherManager(writer, null));
      } catch (IOException | RuntimeException e) {
        writer.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Opens an existing index for searching only. */
  public static TextIndex openReadOnly(Path folder) throws IOException {
    Directory directory = FSDirectory.open(folder);
    try {
      return new TextIndex(directory, null, new SearcherManager(directory, null));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Whether {@code folder} holds a Lucene index. */
  public static boolean exists(Path folder) throws IOException {
    try (Directory directory = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /** Adds or replaces the document of article {@code id}; commits after every {@link #COMMIT_EVERY} calls. */
  public synchronized void add(String id, String title, String outlet, LocalDate published, String text)
      throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, id, Field.Store.YES));
    if (title != null) {
      doc.add(new TextField(TITLE, title, Field.Store.YES));
    }
    if (outlet != null) {
      doc.add(new StringField(OUTLET, outlet, Field.Store.YES));
    }
    if (published != null) {
      doc.add(new StringField(PUBLISHED, published.toString(), Field.Store.YES));
    }
    // The default search field holds the title too: one field keeps the classic parser's AND semantics intact,
    // which MultiFieldQueryParser breaks when a clause analyses to nothing.
    doc.add(new TextField(TEXT, title == null ? text : title + "\n" + text, Field.Store.NO));
    writable().updateDocument(new Term(ID, id), doc);
    if (++uncommitted >= COMMIT_EVERY) {
      commit();
    }
  }

  public synchronized void delete(String id) throws IOException {
    writable().deleteDocuments(new Term(ID, id));
  }

  public synchronized void commit() throws IOException {
    writable().commit();
    uncommitted = 0;
  }

  /** Live documents, uncommitted ones included. */
  public int size() throws IOException {
    if (writer == null) {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return reader.numDocs();
    }
  }

  /** The ids of all live documents, uncommitted ones included. Memory grows with the index; for repair only. */
  public Set<String> ids() throws IOException {
    Set<String> ids = new HashSet<>();
    try (DirectoryReader reader = DirectoryReader.open(writable())) {
      for (LeafReaderContext context : reader.leaves()) {
        LeafReader leaf = context.reader();
        Terms terms = leaf.terms(ID);
        if (terms == null) {
          continue;
        }
        Bits live = leaf.getLiveDocs();
        TermsEnum termsEnum = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
          postings = termsEnum.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              ids.add(term.utf8ToString());
              break;
            }
          }
        }
      }
    }
    return ids;
  }

  /** A document found: the article id, its title (or null) and its score. */
  public record Hit(String articleId, String title, float score) {}

  /** The hits of a search and the query they answer, for {@link #snippet}. */
  public record Found(Query query, List<Hit> hits) {}

  /**
   * Searches titles and texts with Lucene's classic syntax, all terms required by default. Input that does not
   * parse, or that expands too far, is searched again as plain words; input that still yields no query finds
   * nothing. Never throws a parse error.
   */
  public Found search(String userQuery, int limit) throws IOException {
    if (userQuery == null || userQuery.isBlank()) {
      return new Found(null, List.of());
    }
    Query query = parse(userQuery);
    if (query == null) {
      return new Found(null, List.of());
    }
    searchers.maybeRefresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top;
      try {
        top = searcher.search(query, limit);
      } catch (IndexSearcher.TooManyClauses e) {
        query = parse(QueryParser.escape(userQuery).toLowerCase(Locale.ROOT));
        if (query == null) {
          return new Found(null, List.of());
        }
        top = searcher.search(query, limit);
      }
      StoredFields stored = searcher.storedFields();
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document doc = stored.document(sd.doc, Set.of(ID, TITLE));
        hits.add(new Hit(doc.get(ID), doc.get(TITLE), sd.score));
      }
      return new Found(query, hits);
    } finally {
      searchers.release(searcher);
    }
  }

  private Query parse(String userQuery) {
    QueryParser parser = new LiteralRegexpParser(analyzer);
    try {
      return parser.parse(userQuery);
    } catch (ParseException | RuntimeException first) {
      // Hostile or mistyped syntax: search the same words literally. Lower case so AND/OR/NOT are words too.
      try {
        return parser.parse(QueryParser.escape(userQuery).toLowerCase(Locale.ROOT));
      } catch (ParseException | RuntimeException second) {
        return null;
      }
    }
  }

  /**
   * About {@value #SNIPPET_BEFORE} + {@value #SNIPPET_AFTER} characters of {@code text} around the first token that
   * {@code query} matches, whitespace collapsed, with "…" where it is cut; the start of the text when none matches.
   */
  public String snippet(String text, Query query) throws IOException {
    if (text == null) {
      return "";
    }
    int[] match = query == null ? null : firstMatch(text, query);
    int start = match == null ? 0 : Math.max(0, match[0] - SNIPPET_BEFORE);
    int end = Math.min(text.length(), (match == null ? 0 : match[1]) + SNIPPET_AFTER);
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && match[0] - start < SNIPPET_BEFORE + 20) {
      start--;
    }
    while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - start < SNIPPET_BEFORE
        + SNIPPET_AFTER + 40) {
      end++;
    }
    if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
      end++;
    }
    if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
      start--;
    }
    String window = text.substring(start, end).strip().replaceAll("\\s+", " ");
    return (start > 0 ? "…" : "") + window + (end < text.length() ? "…" : "");
  }

  private int[] firstMatch(String text, Query query) throws IOException {
    TermCollector collector = new TermCollector();
    query.visit(collector);
    if (collector.terms.isEmpty() && collector.automata.isEmpty()) {
      return null;
    }
    String scanned = text.length() > SNIPPET_SCAN_LIMIT ? text.substring(0, SNIPPET_SCAN_LIMIT) : text;
    try (TokenStream tokens = analyzer.tokenStream(TEXT, new StringReader(scanned))) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      int[] found = null;
      while (found == null && tokens.incrementToken()) {
        if (collector.matches(term.toString())) {
          found = new int[] {offset.startOffset(), offset.endOffset()};
        }
      }
      tokens.end();
      return found;
    }
  }

  /**
   * The classic parser without regular expressions: a hostile {@code /.{0,1000}(a|b)*{1000}/} costs seconds of
   * automaton work, so such input is refused and then searched as literal words.
   */
  private static final class LiteralRegexpParser extends QueryParser {
    LiteralRegexpParser(Analyzer analyzer) {
      super(TEXT, analyzer);
      setDefaultOperator(QueryParser.Operator.AND);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      throw new ParseException("regular expressions are not searchable: /" + termStr + "/");
    }
  }

  /** Collects the terms and term patterns of a query's positive clauses on title and text. */
  private static final class TermCollector extends QueryVisitor {
    final Set<String> terms = new HashSet<>();
    final List<ByteRunAutomaton> automata = new ArrayList<>();

    @Override
    public boolean acceptField(String field) {
      return TITLE.equals(field) || TEXT.equals(field);
    }

    @Override
    public void consumeTerms(Query query, Term... queryTerms) {
      for (Term t : queryTerms) {
        terms.add(t.text());
      }
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      automata.add(automaton.get());
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
    }

    boolean matches(String token) {
      if (terms.contains(token)) {
        return true;
      }
      byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
      for (ByteRunAutomaton a : automata) {
        if (a.run(bytes, 0, bytes.length)) {
          return true;
        }
      }
      return false;
    }
  }

  private IndexWriter writable() {
    if (writer == null) {
      throw new IllegalStateException("the text index is open read-only");
    }
    return writer;
  }

  /** Commits (when writable) and releases the index and its lock. */
  @Override
  public synchronized void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) {
        writer.commit();
        writer.close();
      }
    } finally {
      directory.close();
    }
  }
}
