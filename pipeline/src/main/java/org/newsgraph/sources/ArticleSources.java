package org.newsgraph.sources;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Articles read from files, folders and feed URLs, one input at a time.
 *
 * <p>Inputs are plain text ({@code .txt}, {@code .text}, and any file named explicitly whose extension we do not
 * know), HTML ({@code .html}, {@code .htm}), JSONL ({@code .jsonl}), WARC ({@code .warc}, {@code .warc.gz}), RSS
 * and Atom feeds ({@code .rss}, {@code .atom}, {@code .xml}) and feed URLs ({@code http://}, {@code https://}).
 * Folders are walked recursively in sorted order, skipping hidden entries and files of other kinds.
 *
 * <p>Nothing here throws for bad input: a missing path, an empty, binary or badly encoded file, a malformed JSONL
 * line or a text over {@link ReadOptions#maxChars()} each become one {@link SourceItem.Failed} whose message names
 * the reason in one line, and reading goes on with the next input (or line).
 *
 * <p>The iterator is lazy: folders are listed and file sizes taken up front (for {@link #bytesTotal()}), but a
 * file is opened only when its turn comes, and at most one file's content (one line of a JSONL file, one record of
 * a WARC file) is held at a time. Not thread-safe; close it to release the open file.
 */
public final class ArticleSources implements Iterator<SourceItem>, AutoCloseable {

  /** How long a feed URL may take to connect and to answer. */
  static final Duration FEED_TIMEOUT = Duration.ofSeconds(30);

  /** One thing to read, found when the sources were opened. */
  private sealed interface Input {
    long size();
  }

  private record FileInput(Path path, long size, InputFormat format, boolean named) implements Input {}

  private record UrlInput(URI uri) implements Input {
    @Override
    public long size() {
      return 0;
    }
  }

  private record BadInput(SourceItem.Failed failure) implements Input {
    @Override
    public long size() {
      return 0;
    }
  }

  private final List<Input> inputs;
  private final ReadOptions options;
  private final String userTitle;
  private final long bytesTotal;
  private final ObjectMapper json;
  private final SingleArticleFiles singles;
  private HttpClient http;

  private int nextInput;
  private Input currentInput;
  private ItemReader current;
  private SourceItem lookahead;
  private long bytesDone;

  private ArticleSources(List<Input> inputs, ReadOptions options, String userTitle) {
    this.inputs = inputs;
    this.options = options;
    this.userTitle = userTitle;
    this.bytesTotal = inputs.stream().mapToLong(Input::size).sum();
    this.json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    this.singles = new SingleArticleFiles(json);
  }

  /**
   * Lists the inputs: each path is a file, a folder or a feed URL. Never throws for a bad path; it becomes a
   * {@link SourceItem.Failed} in its turn. Costs one directory walk and one size look-up per file.
   */
  public static ArticleSources open(List<String> paths, ReadOptions options) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(options, "options");
    List<Input> inputs = new ArrayList<>();
    for (String path : paths) {
      inputs.addAll(resolve(path));
    }
    boolean singleArticleFile = paths.size() == 1
        && inputs.size() == 1
        && inputs.get(0) instanceof FileInput file && file.named()
        && (file.format() == InputFormat.TEXT || file.format() == InputFormat.HTML);
    return new ArticleSources(List.copyOf(inputs), options, singleArticleFile ? options.title() : null);
  }

  /** Sum of the sizes in bytes of all input files, known when opened; feed URLs count 0. */
  public long bytesTotal() {
    return bytesTotal;
  }

  /** Bytes of input consumed so far; never decreases and never exceeds {@link #bytesTotal()}. */
  public long bytesRead() {
    long inCurrent = current == null ? 0 : Math.min(current.bytesConsumed(), currentInput.size());
    return bytesDone + inCurrent;
  }

  @Override
  public boolean hasNext() {
    while (lookahead == null) {
      if (current == null) {
        if (nextInput == inputs.size()) {
          return false;
        }
        currentInput = inputs.get(nextInput++);
        openCurrent();
      } else {
        advance();
      }
    }
    return true;
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more articles");
    }
    SourceItem item = lookahead;
    lookahead = null;
    return item;
  }

  /** Closes the file being read, if any; the iterator then ends. */
  @Override
  public void close() {
    finishCurrent();
    nextInput = inputs.size();
    lookahead = null;
  }

  private void openCurrent() {
    Input input = currentInput;
    if (input instanceof BadInput bad) {
      lookahead = bad.failure();
      bytesDone += input.size();
      return;
    }
    try {
      current = input instanceof FileInput file ? openFile(file) : openUrl(((UrlInput) input).uri());
    } catch (ReadFailure e) {
      if (!(e instanceof FeedArticles.NotAFeed && input instanceof FileInput file && !file.named())) {
        lookahead = SourceItem.failed(sourceOf(input), e.getMessage());
      }
    } catch (IOException | RuntimeException e) {
      lookahead = SourceItem.failed(sourceOf(input), reason(e));
    }
    if (current == null) {
      bytesDone += input.size();
    }
  }

  private void advance() {
    try {
      lookahead = current.next();
      if (lookahead == null) {
        finishCurrent();
      }
    } catch (IOException | RuntimeException e) {
      lookahead = SourceItem.failed(sourceOf(currentInput), reason(e));
      finishCurrent();
    }
  }

  private void finishCurrent() {
    if (current == null) {
      return;
    }
    try {
      current.close();
    } catch (IOException e) {
      // everything wanted from it has been read; a failing close loses nothing
    }
    current = null;
    bytesDone += currentInput.size();
  }

  private ItemReader openFile(FileInput file) throws IOException, ReadFailure {
    Path path = file.path();
    return switch (file.format()) {
      case TEXT -> new ListReader(singles.readText(path, file.size(), options, userTitle), file.size());
      case HTML -> new ListReader(singles.readHtml(path, file.size(), options, userTitle), file.size());
      case JSONL -> new JsonlArticles(path, options, json);
      case WARC -> new WarcArticles(path, options, singles);
      case FEED -> {
        if (file.size() == 0) {
          throw new ReadFailure("empty file");
        }
        yield FeedArticles.parse(path.toString(), Files.newInputStream(path), file.size(), options);
      }
    };
  }

  private ItemReader openUrl(URI uri) throws IOException, ReadFailure {
    if (http == null) {
      http = HttpClient.newBuilder()
          .connectTimeout(FEED_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
    }
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(FEED_TIMEOUT)
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8")
        .GET()
        .build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReadFailure("interrupted while fetching");
    }
    if (response.statusCode() / 100 != 2) {
      response.body().close();
      throw new ReadFailure("HTTP status " + response.statusCode());
    }
    return FeedArticles.parse(uri.toString(), response.body(), 0, options);
  }

  private static String sourceOf(Input input) {
    if (input instanceof FileInput file) {
      return file.path().toString();
    }
    if (input instanceof UrlInput url) {
      return url.uri().toString();
    }
    return ((BadInput) input).failure().problem().source();
  }

  private static String reason(Exception e) {
    if (e instanceof IOException io) {
      return InputProblems.describe(io);
    }
    if (e instanceof UncheckedIOException io) {
      return InputProblems.describe(io.getCause());
    }
    return "could not be read (" + e.getClass().getSimpleName() + ": " + TextBytes.oneLine(e.getMessage()) + ")";
  }

  /** The inputs one command-line argument stands for. */
  private static List<Input> resolve(String arg) {
    if (arg == null || arg.isBlank()) {
      return List.of(new BadInput(SourceItem.failed(String.valueOf(arg), "empty path")));
    }
    String lower = arg.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      try {
        return List.of(new UrlInput(new URI(arg)));
      } catch (URISyntaxException e) {
        return List.of(new BadInput(SourceItem.failed(arg, "not a valid URL: " + TextBytes.oneLine(e.getReason()))));
      }
    }
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      return List.of(new BadInput(SourceItem.failed(arg, "not a valid path: " + TextBytes.oneLine(e.getReason()))));
    }
    if (Files.isDirectory(path)) {
      List<Input> found = new ArrayList<>();
      walk(path, found);
      return found;
    }
    return List.of(file(path, true));
  }

  private static Input file(Path path, boolean named) {
    if (!Files.exists(path)) {
      String reason = Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "no such file (broken link)" : "no such file";
      return new BadInput(SourceItem.failed(path.toString(), reason));
    }
    if (!Files.isRegularFile(path)) {
      return new BadInput(SourceItem.failed(path.toString(), "not readable: not a regular file"));
    }
    if (!Files.isReadable(path)) {
      return new BadInput(SourceItem.failed(path.toString(), "permission denied"));
    }
    InputFormat format = InputFormat.ofFileName(path.getFileName().toString());
    try {
      return new FileInput(path, Files.size(path), format == null ? InputFormat.TEXT : format, named);
    } catch (IOException e) {
      return new BadInput(SourceItem.failed(path.toString(), InputProblems.describe(e)));
    }
  }

  /** Adds the readable files under {@code dir} in sorted order; symbolic links to folders are not followed. */
  private static void walk(Path dir, List<Input> found) {
    List<Path> children;
    try (Stream<Path> listing = Files.list(dir)) {
      children = listing.sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      found.add(new BadInput(SourceItem.failed(dir.toString(), reason(e))));
      return;
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        walk(child, found);
      } else if (Files.isRegularFile(child) && InputFormat.ofFileName(name) != null) {
        found.add(file(child, false));
      }
    }
  }

  /** Items read already, handed out one by one. */
  private static final class ListReader implements ItemReader {
    private final Iterator<SourceItem> items;
    private final long size;

    ListReader(List<SourceItem> items, long size) {
      this.items = items.iterator();
      this.size = size;
    }

    @Override
    public SourceItem next() {
      return items.hasNext() ? items.next() : null;
    }

    @Override
    public long bytesConsumed() {
      return size;
    }

    @Override
    public void close() {}
  }
}
