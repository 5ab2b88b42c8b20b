package org.newsgraph.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsgraph.sources.ArticleSources;
import org.newsgraph.sources.ReadOptions;
import org.newsgraph.sources.SourceItem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The JSONL reader: one invocation opens a file of {@value #LINES} articles with {@link ArticleSources} and reads
 * it to the end. The score is per article ({@link OperationsPerInvocation}); multiply by {@value #LINES} for the
 * whole file. Each line holds the benchmark article's paragraphs in a different order (about 4 KB) with an id, url,
 * outlet, title and date but no language, so the language guess is part of what is measured. The file (some 8 MB)
 * stays in the page cache, so this is the parsing cost, not the disk's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ReaderBenchmark {
  static final int LINES = 2000;

  private Path dir;
  private List<String> paths;

  @Setup
  public void writeFile() throws IOException {
    dir = Files.createTempDirectory("newsgraph-bench-reader-");
    Path file = dir.resolve("articles.jsonl");
    String[] paragraphs = NewsText.text().strip().split("\n\n");
    ObjectMapper json = JsonMapper.builder().build();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < LINES; i++) {
        List<String> rotated = new ArrayList<>();
        for (int p = 0; p < paragraphs.length; p++) {
          rotated.add(paragraphs[(p + i) % paragraphs.length]);
        }
        ObjectNode node = json.createObjectNode()
            .put("id", "wire-" + i)
            .put("url", NewsText.URL + "/" + i)
            .put("outlet", "Newsgraph Wire")
            .put("title", paragraphs[i % paragraphs.length].lines().findFirst().orElse(""))
            .put("published", NewsText.PUBLISHED.plusDays(i % 30).toString())
            .put("text", String.join("\n\n", rotated));
        out.write(json.writeValueAsString(node));
        out.newLine();
      }
    }
    paths = List.of(file.toString());
  }

  @TearDown
  public void deleteFile() throws IOException {
    Files.delete(Path.of(paths.get(0)));
    Files.delete(dir);
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public int readAll(Blackhole blackhole) {
    int read = 0;
    try (ArticleSources sources = ArticleSources.open(paths, ReadOptions.defaults())) {
      while (sources.hasNext()) {
        SourceItem item = sources.next();
        if (!(item instanceof SourceItem.Read r)) {
          throw new IllegalStateException("benchmark line not read: " + item);
        }
        blackhole.consume(r.article());
        read++;
      }
    }
    if (read != LINES) {
      throw new IllegalStateException("read " + read + " articles of " + LINES);
    }
    return read;
  }
}
